// @vitest-environment node
// The photo fixtures in test/fixtures/photos are generated, never hand-edited: this test proves the
// committed files are exactly what the generator makes. To write them again:
//   WRITE_PHOTO_FIXTURES=1 npx vitest run --project unit test/unit/photos/fixtures.test.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageShape, sniffImage } from '../../../src/domain/imagebytes';
import { EXIF_DESCRIPTION, flatJpeg, MARKER, markerAt, photoFixtures } from '../../fixtures/photos/jpeg';

const DIR = join(__dirname, '../../fixtures/photos');
const fixtures = photoFixtures();

if (process.env.WRITE_PHOTO_FIXTURES) {
  for (const [name, bytes] of Object.entries(fixtures)) writeFileSync(join(DIR, name), bytes);
}

describe('photo fixtures', () => {
  it.each(Object.keys(fixtures))('%s in the repository equals what the generator makes', (name) => {
    const path = join(DIR, name);
    expect(existsSync(path), `${name} is missing: write the fixtures again`).toBe(true);
    expect(new Uint8Array(readFileSync(path))).toEqual(fixtures[name]);
  });

  it('each orientation fixture is a whole JPEG whose header gives the stored (turned) size', () => {
    for (let o = 1; o <= 8; o++) {
      const bytes = fixtures[`orientation-${o}.jpg`]!;
      expect(sniffImage(bytes)).toBe('image/jpeg');
      const turned = o >= 5;
      expect(imageShape(bytes, 'image/jpeg')).toEqual({
        width: turned ? MARKER.height : MARKER.width,
        height: turned ? MARKER.width : MARKER.height,
        complete: true,
      });
      // Each carries an APP1 Exif segment with the GPS block and its description.
      expect(bytes[2]).toBe(0xff);
      expect(bytes[3]).toBe(0xe1);
      expect(new TextDecoder('latin1').decode(bytes)).toContain(EXIF_DESCRIPTION);
    }
  });

  it('the bad inputs are what they claim to be', () => {
    expect(imageShape(fixtures['truncated.jpg']!, 'image/jpeg')?.complete).toBe(false);
    expect(sniffImage(fixtures['photo.heic']!)).toBe('heic');
    expect(sniffImage(fixtures['note.jpg']!)).toBeNull();
    expect(fixtures['empty.jpg']).toHaveLength(0);
  });

  it('the encoder is deterministic and stuffs 0xFF bytes in the picture data', () => {
    const a = flatJpeg(MARKER.width, MARKER.height, markerAt);
    expect(flatJpeg(MARKER.width, MARKER.height, markerAt)).toEqual(a);
    let scan = 2;
    while (!(a[scan] === 0xff && a[scan + 1] === 0xda)) scan++;
    const data = a.subarray(scan + 14, a.length - 2);
    for (let i = 0; i < data.length - 1; i++) if (data[i] === 0xff) expect(data[i + 1]).toBe(0x00);
  });
});
