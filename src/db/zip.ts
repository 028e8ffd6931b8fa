// A careful zip reader for backup files. fflate's own unzip trusts the sizes a file declares and
// grows its buffers past them, so a zip bomb could fill the memory: this reader checks the
// central directory (entry count, names, declared sizes) before inflating anything, and inflates
// in small chunks that stop as soon as an entry produces more than it declared.
import { Inflate, zipSync } from 'fflate';

export type ZipProblem = 'damaged' | 'too-many' | 'too-large' | 'unsafe-name';

export class ZipError extends Error {
  constructor(
    readonly problem: ZipProblem,
    message: string,
  ) {
    super(message);
    this.name = 'ZipError';
  }
}

export interface ZipLimits {
  maxEntries: number;
  /** Largest declared size of one entry, by name (a function, so photos and JSON differ). */
  maxEntryBytes: (name: string) => number;
  maxTotalBytes: number;
}

export interface ZipEntry {
  name: string;
  compression: number;
  compressedSize: number;
  size: number;
  dataStart: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Names the backup writes: plain relative paths of letters, digits, dot, dash and underscore. */
const SAFE_NAME = /^(?:[\w-]+\/)?[\w-]+(?:\.[\w]+)*$/;

export function readCentralDirectory(data: Uint8Array, limits: ZipLimits): ZipEntry[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const u16 = (o: number) => view.getUint16(o, true);
  const u32 = (o: number) => view.getUint32(o, true);
  if (data.length < 22) throw new ZipError('damaged', 'too short for a zip');
  let eocd = -1;
  // The end record sits in the last 22 bytes plus at most a 64 KB comment.
  for (let o = data.length - 22; o >= 0 && o >= data.length - 22 - 0xffff; o--) {
    if (u32(o) === EOCD) {
      eocd = o;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('damaged', 'no end of central directory');
  const count = u16(eocd + 10);
  const dirSize = u32(eocd + 12);
  const dirStart = u32(eocd + 16);
  // 0xffff / 0xffffffff mean zip64, which the backup never writes.
  if (count === 0xffff || dirStart === 0xffffffff) throw new ZipError('damaged', 'zip64 is not used');
  if (count > limits.maxEntries) throw new ZipError('too-many', `${count} entries`);
  if (dirStart + dirSize > eocd) throw new ZipError('damaged', 'central directory out of range');

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let total = 0;
  let o = dirStart;
  for (let i = 0; i < count; i++) {
    if (o + 46 > eocd || u32(o) !== CENTRAL) throw new ZipError('damaged', 'bad central directory entry');
    const flags = u16(o + 8);
    const compression = u16(o + 10);
    const compressedSize = u32(o + 20);
    const size = u32(o + 24);
    const nameLength = u16(o + 28);
    const extraLength = u16(o + 30);
    const commentLength = u16(o + 32);
    const localOffset = u32(o + 42);
    if (o + 46 + nameLength > eocd) throw new ZipError('damaged', 'name out of range');
    let name: string;
    try {
      name = decoder.decode(data.subarray(o + 46, o + 46 + nameLength));
    } catch {
      throw new ZipError('unsafe-name', 'name is not UTF-8');
    }
    if (!SAFE_NAME.test(name) || name.includes('..')) throw new ZipError('unsafe-name', name);
    if (names.has(name)) throw new ZipError('damaged', `duplicate ${name}`);
    names.add(name);
    if (flags & 1) throw new ZipError('damaged', 'encrypted entry');
    if (compression !== 0 && compression !== 8) throw new ZipError('damaged', `compression ${compression}`);
    if (size > limits.maxEntryBytes(name)) throw new ZipError('too-large', `${name} declares ${size} bytes`);
    total += size;
    if (total > limits.maxTotalBytes) throw new ZipError('too-large', `declared total ${total} bytes`);
    if (compression === 0 && compressedSize !== size) throw new ZipError('damaged', `${name} sizes differ`);
    if (localOffset + 30 > dirStart || u32(localOffset) !== LOCAL) {
      throw new ZipError('damaged', `${name} has no local header`);
    }
    const dataStart = localOffset + 30 + u16(localOffset + 26) + u16(localOffset + 28);
    if (dataStart + compressedSize > dirStart) throw new ZipError('damaged', `${name} is cut off`);
    entries.push({ name, compression, compressedSize, size, dataStart });
    o += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The bytes of one entry, never more than it declared. */
export function extract(data: Uint8Array, entry: ZipEntry): Uint8Array {
  const raw = data.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.compression === 0) return raw.slice();
  const out = new Uint8Array(entry.size);
  let written = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    if (written + chunk.length > entry.size)
      throw new ZipError('too-large', `${entry.name} inflates past its size`);
    out.set(chunk, written);
    written += chunk.length;
    if (final) ended = true;
  });
  const STEP = 4096;
  try {
    for (let i = 0; i < raw.length; i += STEP) {
      inflater.push(raw.subarray(i, Math.min(raw.length, i + STEP)), i + STEP >= raw.length);
    }
  } catch (err) {
    if (err instanceof ZipError) throw err;
    throw new ZipError('damaged', `${entry.name} does not inflate`);
  }
  if (!ended || written !== entry.size) throw new ZipError('damaged', `${entry.name} is incomplete`);
  return out;
}

/** Photos are already compressed: store them as they are; compress the JSON. */
export function writeZip(files: Record<string, Uint8Array>): Uint8Array {
  const input: Record<string, [Uint8Array, { level: 0 | 6 }]> = {};
  for (const [name, bytes] of Object.entries(files)) {
    input[name] = [bytes, { level: name.endsWith('.json') ? 6 : 0 }];
  }
  // A fixed date keeps the same data giving the same bytes.
  return zipSync(input, { mtime: new Date('2020-01-01T00:00:00Z') });
}
