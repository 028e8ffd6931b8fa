import { useEffect, useState } from 'preact/hooks';
import type { Id } from '../../domain/types';
import type { Thumb } from '../../photos/bitmaps';
import { useStore } from '../context';

/** Hold a stored photo's signal while the calling component is on screen; let go on unmount. */
function useHeld<T>(photoId: Id | null, hold: (id: Id) => { value: T }, letGo: (id: Id) => void) {
  const [held, setHeld] = useState<{ value: T } | null>(null);
  useEffect(() => {
    if (!photoId) return;
    setHeld(hold(photoId));
    return () => {
      letGo(photoId);
      setHeld(null);
    };
  }, [photoId, hold, letGo]);
  return held?.value;
}

/**
 * A stored photo's full-size object URL while the calling component is on screen: undefined or
 * null while it loads, '' when there is no such photo. Released (and revoked by the last user) on
 * unmount.
 */
export function usePhotoUrl(photoId: Id | null): string | null | undefined {
  const { photos } = useStore();
  return useHeld(photoId, photos.acquire, photos.release);
}

/**
 * A stored photo's thumbnail bitmap while the calling component is on screen: undefined or null
 * while it loads, 'none' when there is no such photo. Released (and closed by the last user) on
 * unmount.
 */
export function useThumb(photoId: Id | null): Thumb | undefined {
  const { photos } = useStore();
  return useHeld(photoId, photos.thumbs.acquire, photos.thumbs.release);
}
