// Reads thumbnails as data URLs off the main thread: every thumbnail asked for in one moment comes
// in one message and goes back in one. The image is decoded later, where the browser rasters it.
interface Asked {
  n: number;
  blobs: Blob[];
}

addEventListener('message', (e: MessageEvent<Asked>) => {
  const { n, blobs } = e.data;
  const reader = new FileReaderSync();
  // A thumbnail that cannot be read answers null: the page shows the pictogram for it.
  const urls = blobs.map((b) => {
    try {
      return reader.readAsDataURL(b);
    } catch {
      return null;
    }
  });
  postMessage({ n, urls });
});
