// Loads a generated year into the app's own database through the app's own data path
// (openDatabase + repo.commit), and runs the photo intake on a 12 MP picture.
import { openDatabase } from '../../../src/db/open';
import { createRepo } from '../../../src/db/repo';
import { DB_NAME, type HistoryEntry } from '../../../src/db/schema';
import type { Photo } from '../../../src/domain/types';
import { intakePhoto } from '../../../src/photos/intake';
import { drawPicture, encodePicture } from '../pictures';
import { generateYear, type YearOptions } from '../year';

async function load(options: YearOptions) {
  const started = performance.now();
  const db = await openDatabase(DB_NAME);
  const repo = createRepo(db);
  const year = generateYear(options);
  // A full undo history (the store keeps 200 steps), as after months of editing.
  const taskDays = year.records.filter((c) => c.store === 'taskDays').slice(-200);
  const history: HistoryEntry[] = taskDays.map((c, i) => ({
    seq: i + 1,
    at: Date.UTC(2026, 0, 1) + i * 60_000,
    label: 'bench',
    changes: [{ ...c, before: c.after }],
    undone: false,
  }));
  await repo.commit({ records: year.records, history: { put: history } });
  let photoBytes = 0;
  for (let i = 0; i < year.pictures.length; i += 20) {
    const photos: Photo[] = [];
    for (const p of year.pictures.slice(i, i + 20)) {
      const { blob, thumb } = await encodePicture(p.width, p.height, p.seed);
      photoBytes += blob.size + thumb.size;
      photos.push({
        id: p.id,
        blob,
        thumb,
        width: p.width,
        height: p.height,
        createdAt: Date.UTC(2026, 0, 1),
      });
    }
    await repo.commit({ photos: { put: photos } });
  }
  repo.close();
  const counts: Record<string, number> = {};
  for (const c of year.records) counts[c.store] = (counts[c.store] ?? 0) + 1;
  return {
    ms: performance.now() - started,
    records: year.records.length,
    counts,
    photos: year.pictures.length,
    photoBytes,
    firstStationName: year.firstStationName,
    sampleTaskTitles: year.sampleTaskTitles,
  };
}

let twelve: Blob | null = null;
/** A 4000×3000 JPEG like a phone camera's (made once, then reused by each run). */
async function twelveMegapixels(): Promise<number> {
  if (!twelve) {
    const canvas = drawPicture(4000, 3000, 12);
    twelve = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
  }
  return twelve.size;
}

/** The photo intake as the app runs it, then stored through the same commit path. */
async function intake() {
  if (!twelve) await twelveMegapixels();
  const file = new File([twelve!], 'foto.jpg', { type: 'image/jpeg' });
  const started = performance.now();
  const r = await intakePhoto(file);
  const intakeMs = performance.now() - started;
  const db = await openDatabase(DB_NAME);
  const repo = createRepo(db);
  const id = crypto.randomUUID();
  await repo.commit({ photos: { put: [{ id, ...r, createdAt: Date.now() }] } });
  const totalMs = performance.now() - started;
  await repo.commit({ photos: { delete: [id] } });
  repo.close();
  return {
    intakeMs,
    totalMs,
    inputBytes: file.size,
    storedBytes: r.blob.size,
    thumbBytes: r.thumb.size,
    type: r.blob.type,
    width: r.width,
    height: r.height,
  };
}

Object.assign(window, { bench: { load, intake, twelveMegapixels } });
document.body.dataset.ready = 'yes';
