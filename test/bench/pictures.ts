// Draws photo-like pictures in the page (gradients, soft shapes, fine grain) and encodes them the
// way the intake stores them, so stored photos have a realistic size (about 100–300 KB).
import { random } from './year';

export function drawPicture(width: number, height: number, seed: number): OffscreenCanvas {
  const r = random(seed);
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d')!;
  const hue = r.int(360);
  const sky = ctx.createLinearGradient(0, 0, 0, height);
  sky.addColorStop(0, `hsl(${hue} 40% 75%)`);
  sky.addColorStop(1, `hsl(${(hue + 40) % 360} 35% 35%)`);
  ctx.fillStyle = sky;
  ctx.fillRect(0, 0, width, height);
  for (let i = 0; i < 60; i++) {
    ctx.fillStyle = `hsl(${(hue + r.int(120)) % 360} ${30 + r.int(50)}% ${20 + r.int(60)}% / ${0.3 + r.next() * 0.6})`;
    ctx.beginPath();
    ctx.ellipse(
      r.next() * width,
      r.next() * height,
      20 + r.next() * width * 0.2,
      20 + r.next() * height * 0.2,
      r.next() * Math.PI,
      0,
      Math.PI * 2,
    );
    ctx.fill();
  }
  // Grain is what makes a photo a photo for the encoder: without it a picture compresses to a few KB.
  const image = ctx.getImageData(0, 0, width, height);
  const px = image.data;
  let n = seed >>> 0;
  for (let i = 0; i < px.length; i += 4) {
    n = (Math.imul(n, 1664525) + 1013904223) >>> 0;
    const g = ((n >>> 24) % 23) - 11;
    px[i] = px[i]! + g;
    px[i + 1] = px[i + 1]! + g;
    px[i + 2] = px[i + 2]! + g;
  }
  ctx.putImageData(image, 0, 0);
  return canvas;
}

export async function encodePicture(width: number, height: number, seed: number) {
  const canvas = drawPicture(width, height, seed);
  const blob = await canvas.convertToBlob({ type: 'image/webp', quality: 0.82 });
  const scale = 320 / Math.max(width, height);
  const small = new OffscreenCanvas(Math.round(width * scale), Math.round(height * scale));
  small.getContext('2d')!.drawImage(canvas, 0, 0, small.width, small.height);
  const thumb = await small.convertToBlob({ type: 'image/webp', quality: 0.82 });
  return { blob, thumb };
}
