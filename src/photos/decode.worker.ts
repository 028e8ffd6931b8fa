// Decodes thumbnails off the main thread and hands the bitmaps over without copying. In the page,
// each createImageBitmap(blob) costs a millisecond or more of main thread at 4x CPU (about as much
// as an object URL); posting the Blobs here costs a fraction of that for a whole board.
interface Asked {
  n: number;
  blobs: Blob[];
}

addEventListener('message', async (e: MessageEvent<Asked>) => {
  const { n, blobs } = e.data;
  // A thumbnail that cannot be decoded answers null: the page shows the pictogram for it.
  const bitmaps = await Promise.all(blobs.map((b) => createImageBitmap(b).catch(() => null)));
  const transfer = bitmaps.filter((b): b is ImageBitmap => b !== null);
  postMessage({ n, bitmaps }, { transfer });
});
