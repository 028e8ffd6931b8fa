// What a picture file really is, read from its bytes rather than from its name or its declared
// type (a text file renamed .jpg says image/jpeg). Pure: used by photo intake and backup import.

export type ImageKind = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/svg+xml' | 'image/gif' | 'heic';

const ascii = (b: Uint8Array, at: number, s: string) => {
  for (let i = 0; i < s.length; i++) if (b[at + i] !== s.charCodeAt(i)) return false;
  return true;
};

/** HEIF brands that browsers cannot decode (AVIF, also HEIF-based, decodes fine). */
const HEIC_BRANDS = ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1'];

export function sniffImage(b: Uint8Array): ImageKind | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 8 && ascii(b, 0, '\x89PNG\r\n\x1a\n')) return 'image/png';
  if (b.length >= 12 && ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP')) return 'image/webp';
  if (b.length >= 6 && (ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a'))) return 'image/gif';
  if (b.length >= 12 && ascii(b, 4, 'ftyp')) {
    const brand = String.fromCharCode(b[8]!, b[9]!, b[10]!, b[11]!);
    if (HEIC_BRANDS.includes(brand)) return 'heic';
  }
  const head = new TextDecoder().decode(b.subarray(0, 256)).trimStart();
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<svg[\s>]/.test(head)) return 'image/svg+xml';
  return null;
}

export interface ImageShape {
  width: number;
  height: number;
  /** False when the file stops before its image data ends (a cut-off download or copy). */
  complete: boolean;
}

/** Width, height and completeness from the header, without decoding; null if unreadable. */
export function imageShape(b: Uint8Array, kind: ImageKind): ImageShape | null {
  if (kind === 'image/jpeg') return jpegShape(b);
  if (kind === 'image/png') {
    if (b.length < 24 || !ascii(b, 12, 'IHDR')) return null;
    const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
    return { width: dv.getUint32(16), height: dv.getUint32(20), complete: pngHasEnd(b) };
  }
  if (kind === 'image/webp') return webpShape(b);
  return null;
}

/** Walk the JPEG segments to the frame header; then look for the end marker after the scan. */
function jpegShape(b: Uint8Array): ImageShape | null {
  let o = 2;
  let shape: { width: number; height: number } | null = null;
  while (o + 4 <= b.length) {
    if (b[o] !== 0xff) return null;
    const marker = b[o + 1]!;
    if (marker === 0xff) {
      o++;
      continue;
    }
    const length = (b[o + 2]! << 8) | b[o + 3]!;
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (o + 9 > b.length) return null;
      shape = { height: (b[o + 5]! << 8) | b[o + 6]!, width: (b[o + 7]! << 8) | b[o + 8]! };
    }
    if (marker === 0xda) {
      if (!shape) return null;
      // Entropy-coded data escapes 0xFF as FF 00, so FF D9 here is the real end of image.
      for (let i = o + 2 + length; i + 1 < b.length; i++) {
        if (b[i] === 0xff && b[i + 1] === 0xd9) return { ...shape, complete: true };
      }
      return { ...shape, complete: false };
    }
    o += 2 + length;
  }
  return shape ? { ...shape, complete: false } : null;
}

function pngHasEnd(b: Uint8Array): boolean {
  for (let i = b.length - 12; i >= 8 && i >= b.length - 64; i--) if (ascii(b, i + 4, 'IEND')) return true;
  return false;
}

function webpShape(b: Uint8Array): ImageShape | null {
  if (b.length < 30) return null;
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const complete = dv.getUint32(4, true) + 8 <= b.length;
  const u24 = (o: number) => b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16);
  if (ascii(b, 12, 'VP8X')) return { width: u24(24) + 1, height: u24(27) + 1, complete };
  if (ascii(b, 12, 'VP8 ')) {
    return { width: dv.getUint16(26, true) & 0x3fff, height: dv.getUint16(28, true) & 0x3fff, complete };
  }
  if (ascii(b, 12, 'VP8L')) {
    const bits = dv.getUint32(21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1, complete };
  }
  return null;
}
