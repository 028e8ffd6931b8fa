import { useEffect, useState } from 'preact/hooks';
import type { Id } from '../../domain/types';
import type { PhotoVariant } from '../../photos/urls';
import { Pictogram } from '../../ui/Pictogram';
import { useStore } from '../context';
import css from './common.module.css';

interface Props {
  photoId: Id | null;
  variant: PhotoVariant;
  alt: string;
  /** Shown when there is no photo. */
  pictogram: string;
  class?: string;
}

/** A stored photo; its object URL lives exactly as long as this is on screen. */
export function Photo({ photoId, variant, alt, pictogram, class: cls }: Props) {
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
  const src = url?.value;
  // While a stored photo loads, its frame stays calmly empty rather than flashing the pictogram
  // first (and fetching it): on a cold start that is one picture less per card.
  const loading = photoId !== null && (src === undefined || src === null);
  return (
    <span class={`${css.photo} ${cls ?? ''}`}>
      {src ? (
        <img src={src} alt={alt} draggable={false} decoding="async" />
      ) : loading ? null : (
        <Pictogram name={pictogram} size={variant === 'thumb' ? 56 : 160} label={photoId ? alt : ''} />
      )}
    </span>
  );
}
