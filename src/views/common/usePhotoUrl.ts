import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Id } from '../../domain/types';
import type { Thumb } from '../../photos/thumbs';
import { useStore } from '../context';

/**
 * Hold a stored photo's signal while the calling component is on screen; let go on unmount.
 * Taken while rendering, not in an effect: an effect's setState rendered every card's picture and
 * face a second time just after the board's first paint, only to hand over a signal that was
 * still loading. Let go in a layout effect's cleanup, which exists from the commit on, so a
 * component removed before its effects ran still lets go.
 */
function useHeld<T>(photoId: Id | null, hold: (id: Id) => { value: T }, letGo: (id: Id) => void) {
  const held = useRef<{ id: Id | null; signal: { value: T } | null }>({ id: null, signal: null });
  if (held.current.id !== photoId) {
    held.current = { id: photoId, signal: photoId ? hold(photoId) : null };
  }
  useLayoutEffect(() => {
    if (!photoId) return;
    return () => letGo(photoId);
  }, [photoId, letGo]);
  return held.current.signal?.value;
}

/**
 * A stored photo's full-size data URL while the calling component is on screen: undefined or
 * null while it loads, '' when there is no such photo. Released on unmount.
 */
export function usePhotoUrl(photoId: Id | null): string | null | undefined {
  const { photos } = useStore();
  return useHeld(photoId, photos.acquire, photos.release);
}

/**
 * A stored photo's thumbnail (a data URL for <img>) while the calling component is on screen:
 * undefined or null while it loads, 'none' when there is no such photo or the browser cannot
 * decode it (call `broken` from the image's error event). Released on unmount.
 */
export function useThumb(photoId: Id | null): { thumb: Thumb | undefined; broken: () => void } {
  const { photos } = useStore();
  const thumb = useHeld(photoId, photos.thumbs.acquire, photos.thumbs.release);
  const [failed, setFailed] = useState<string | null>(null);
  return {
    thumb: thumb && thumb === failed ? 'none' : thumb,
    broken: () => setFailed(thumb ?? null),
  };
}
