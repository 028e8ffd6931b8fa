import type { Id } from '../../domain/types';
import type { PhotoVariant } from '../../photos/urls';
import { Pictogram } from '../../ui/Pictogram';
import css from './common.module.css';
import { usePhotoUrl, useThumb } from './usePhotoUrl';

interface Props {
  photoId: Id | null;
  variant: PhotoVariant;
  alt: string;
  /** Shown when there is no photo. */
  pictogram: string;
  /** A thumbnail's frame width in CSS pixels, as the use site's CSS makes it (the pictogram's size). */
  width?: number;
  class?: string;
}

/**
 * A stored photo: a thumbnail or the full photo, each shown from a data URL made in a worker; either
 * lives exactly as long as this is on screen.
 */
export function Photo(props: Props) {
  return props.variant === 'thumb' ? <ThumbPhoto {...props} /> : <FullPhoto {...props} />;
}

function FullPhoto({ photoId, alt, pictogram, class: cls }: Props) {
  const src = usePhotoUrl(photoId);
  // While a stored photo loads, its frame stays calmly empty rather than flashing the pictogram
  // first (and fetching it): on a cold start that is one picture less per card.
  const loading = photoId !== null && (src === undefined || src === null);
  return (
    <span class={`${css.photo} ${cls ?? ''}`}>
      {src ? (
        <img src={src} alt={alt} draggable={false} decoding="async" />
      ) : loading ? null : (
        <Pictogram name={pictogram} size={160} label={photoId ? alt : ''} />
      )}
    </span>
  );
}

function ThumbPhoto({ photoId, alt, pictogram, width = 160, class: cls }: Props) {
  const { thumb, broken } = useThumb(photoId);
  const loading = photoId !== null && (thumb === undefined || thumb === null);
  return (
    <span class={`${css.photo} ${cls ?? ''}`}>
      {thumb && thumb !== 'none' ? (
        <ThumbImage src={thumb} label={alt} photoId={photoId} onError={broken} />
      ) : loading ? null : (
        <Pictogram name={pictogram} size={width} label={photoId ? alt : ''} />
      )}
    </span>
  );
}

interface ImageProps {
  /** The thumbnail's data URL. */
  src: string;
  /** The picture's accessible name; '' when the text beside it says it all. */
  label: string;
  photoId: Id | null;
  onError: () => void;
}

/**
 * A thumbnail filling its frame (object-fit: cover in CSS). An image, not a canvas: a canvas is a
 * composited layer of its own, and a hundred of them made every frame of the board slow.
 */
export function ThumbImage({ src, label, photoId, onError }: ImageProps) {
  return (
    <img
      src={src}
      alt={label}
      data-photo={photoId ?? undefined}
      decoding="async"
      draggable={false}
      onError={onError}
    />
  );
}
