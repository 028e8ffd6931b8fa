import { useEffect, useState } from 'preact/hooks';
import type { Id } from '../../domain/types';
import type { PhotoVariant } from '../../photos/urls';
import { useStore } from '../context';

/**
 * A stored photo's object URL while the calling component is on screen: undefined or null while
 * it loads, '' when there is no such photo. Released (and revoked by the last user) on unmount.
 */
export function usePhotoUrl(photoId: Id | null, variant: PhotoVariant): string | null | undefined {
  const { photos } = useStore();
  const [url, setUrl] = useState<{ value: string | null } | null>(null);
  useEffect(() => {
    if (!photoId) return;
    const signal = photos.acquire(photoId, variant);
    setUrl(signal);
    return () => {
      photos.release(photoId, variant);
      setUrl(null);
    };
  }, [photoId, variant, photos]);
  return url?.value;
}
