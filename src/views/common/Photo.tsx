import type { Id } from '../../domain/types';
import type { PhotoVariant } from '../../photos/urls';
import { Pictogram } from '../../ui/Pictogram';
import css from './common.module.css';
import { usePhotoUrl } from './usePhotoUrl';

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
  const src = usePhotoUrl(photoId, variant);
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
