import { useEffect, useState } from 'preact/hooks';
import type { Id } from '../../domain/types';
import type { Thumb } from '../../photos/bitmaps';
import { useStore } from '../context';

/**
 * A stored photo's full-size object URL while the calling component is on screen: undefined or
 * null while it loads, '' when there is no such photo. Released (and revoked by the last user) on
 * unmount.
 */
export function usePhotoUrl(photoId: Id | null): string | null | undefined {
  const { photos } = useStore();
  const [url, setUrl] = useState<{ value: string | null } | null>(null);
  useEffect(() => {
    if (!photoId) return;
    const signal = photos.acquire(photoId);
    setUrl(signal);
    return () => {
      photos.release(photoId);
      setUrl(null);
    };
  }, [photoId, photos]);
  return url?.value;
}

/**
 * A stored photo's thumbnail bitmap while the calling component is on screen: undefined or null
 * while it loads, 'none' when there is no such photo. Released (and closed by the last user) on
 * unmount.
 */
export function useThumb(photoId: Id | null): Thumb | undefined {
  const { photos } = useStore();
  const [thumb, setThumb] = useState<{ value: Thumb } | null>(null);
  useEffect(() => {
    if (!photoId) return;
    const signal = photos.thumbs.acquire(photoId);
    setThumb(signal);
    return () => {
      photos.thumbs.release(photoId);
      setThumb(null);
    };
  }, [photoId, photos]);
  return thumb?.value;
}
