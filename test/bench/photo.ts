// A 12-megapixel camera JPEG through the app's photo intake and into the database.
import { openSession } from './session';

export interface PhotoRun {
  intakeMs: number;
  totalMs: number;
  inputBytes: number;
  storedBytes: number;
  thumbBytes: number;
  type: string;
  width: number;
  height: number;
}

export async function photoRuns(baseURL: string, runs: number, throttle: number): Promise<PhotoRun[]> {
  const s = await openSession({ baseURL, throttle });
  try {
    await s.page.goto('/__bench/loader.html');
    await s.page.waitForSelector('body[data-ready="yes"]');
    await s.page.evaluate(() =>
      (globalThis as unknown as { bench: { twelveMegapixels(): Promise<number> } }).bench.twelveMegapixels(),
    );
    const out: PhotoRun[] = [];
    for (let i = 0; i < runs; i++) {
      out.push(
        await s.page.evaluate(() =>
          (globalThis as unknown as { bench: { intake(): Promise<PhotoRun> } }).bench.intake(),
        ),
      );
    }
    return out;
  } finally {
    await s.close();
  }
}
