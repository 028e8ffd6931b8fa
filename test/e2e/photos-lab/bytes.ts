// Reading stored picture bytes the way a suspicious reviewer would: what the bytes really are,
// and whether any Exif, GPS or camera text survived the re-encode.
import { sniffImage } from '../../../src/domain/imagebytes';
import { EXIF_DESCRIPTION } from '../../fixtures/photos/jpeg';

export interface ByteReport {
  /** blob.type as stored. */
  type: string;
  /** What the bytes say they are. */
  sniffed: string | null;
  size: number;
  /** JPEG: an APP1 segment (FFE1) before the picture data. */
  jpegApp1: boolean;
  /** WebP: an EXIF or XMP chunk, or the VP8X flags announcing one. */
  webpMetadata: boolean;
  /** "Exif", the fixture's description, or the GPS IFD tag anywhere in the file. */
  exifText: boolean;
}

function jpegHasApp1(b: Uint8Array): boolean {
  let o = 2;
  while (o + 4 <= b.length && b[o] === 0xff) {
    const marker = b[o + 1]!;
    if (marker === 0xe1) return true;
    if (marker === 0xda) return false; // picture data starts: no more header segments
    o += 2 + ((b[o + 2]! << 8) | b[o + 3]!);
  }
  return false;
}

function webpHasMetadata(b: Uint8Array): boolean {
  const fourcc = (o: number) => String.fromCharCode(b[o]!, b[o + 1]!, b[o + 2]!, b[o + 3]!);
  let o = 12;
  while (o + 8 <= b.length) {
    const id = fourcc(o);
    if (id === 'EXIF' || id === 'XMP ') return true;
    if (id === 'VP8X' && (b[o + 8]! & 0x0c) !== 0) return true; // Exif (0x08) or XMP (0x04) flag
    const size = b[o + 4]! | (b[o + 5]! << 8) | (b[o + 6]! << 16) | (b[o + 7]! << 24);
    o += 8 + size + (size & 1);
  }
  return false;
}

function contains(b: Uint8Array, text: string): boolean {
  const needle = new TextEncoder().encode(text);
  outer: for (let i = 0; i + needle.length <= b.length; i++) {
    for (let j = 0; j < needle.length; j++) if (b[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export async function byteReport(blob: Blob): Promise<ByteReport> {
  const b = new Uint8Array(await blob.arrayBuffer());
  const sniffed = sniffImage(b);
  return {
    type: blob.type,
    sniffed,
    size: blob.size,
    jpegApp1: sniffed === 'image/jpeg' && jpegHasApp1(b),
    webpMetadata: sniffed === 'image/webp' && webpHasMetadata(b),
    exifText: contains(b, 'Exif') || contains(b, EXIF_DESCRIPTION),
  };
}

export async function sha256(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((x) => x.toString(16).padStart(2, '0')).join('');
}
