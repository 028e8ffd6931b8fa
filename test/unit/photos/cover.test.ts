// A thumbnail fills its frame as object-fit: cover would (centred, cropped, never stretched), at
// the screen's pixels (1x to 2x) but never more than the crop holds.
import { describe, expect, it } from 'vitest';
import { cover } from '../../../src/photos/cover';

describe('a thumbnail in its frame', () => {
  it('a 4:3 thumbnail in a 4:3 card frame shows whole, at the screen pixels', () => {
    expect(cover(320, 240, 80, 60, 2)).toEqual({ sx: 0, sy: 0, sw: 320, sh: 240, width: 160, height: 120 });
    expect(cover(320, 240, 80, 60, 1)).toEqual({ sx: 0, sy: 0, sw: 320, sh: 240, width: 80, height: 60 });
    expect(cover(320, 240, 80, 60, 1.5)).toMatchObject({ width: 120, height: 90 });
  });

  it('a screen sharper than 2x gets 2x, and one below 1x gets 1x', () => {
    expect(cover(320, 240, 80, 60, 3)).toMatchObject({ width: 160, height: 120 });
    expect(cover(320, 240, 80, 60, 0.5)).toMatchObject({ width: 80, height: 60 });
  });

  it('a portrait photo in a 4:3 frame loses its top and bottom equally', () => {
    const c = cover(240, 320, 80, 60, 2);
    expect(c.sw).toBe(240);
    expect(c.sh).toBe(180);
    expect(c.sy).toBe(70);
    expect(c.sx).toBe(0);
    expect(c.sw / c.sh).toBeCloseTo(c.width / c.height);
  });

  it('a landscape photo in a round face frame loses its sides equally', () => {
    const c = cover(320, 240, 44, 44, 2);
    expect(c).toMatchObject({ sy: 0, sh: 240, width: 88, height: 88 });
    expect(c.sx).toBeCloseTo(40);
    expect(c.sw).toBeCloseTo(240);
  });

  it('a frame larger than the thumbnail gets no more pixels than the crop holds', () => {
    const c = cover(320, 240, 320, 240, 2);
    expect(c).toMatchObject({ width: 320, height: 240, sw: 320, sh: 240 });
    expect(cover(320, 240, 400, 300, 2)).toMatchObject({ width: 320, height: 240 });
  });
});
