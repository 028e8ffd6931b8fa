import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Id } from '../../domain/types';
import { cover } from '../../photos/cover';
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
  /** A thumbnail's frame width in CSS pixels, as the use site's CSS makes it (frames are 4:3). */
  width?: number;
  class?: string;
}

/**
 * A stored photo: a thumbnail is drawn from a bitmap, the full photo shown by an object URL; either
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
  const thumb = useThumb(photoId);
  const loading = photoId !== null && (thumb === undefined || thumb === null);
  return (
    <span class={`${css.photo} ${cls ?? ''}`}>
      {thumb && thumb !== 'none' ? (
        <BitmapCanvas bitmap={thumb} width={width} height={(width * 3) / 4} label={alt} photoId={photoId} />
      ) : loading ? null : (
        <Pictogram name={pictogram} size={width} label={photoId ? alt : ''} />
      )}
    </span>
  );
}

interface CanvasProps {
  bitmap: ImageBitmap;
  /** The frame's size in CSS pixels; the canvas's own pixels follow from it, no layout is read. */
  width: number;
  height: number;
  /** The picture's accessible name; '' when the text beside it says it all. */
  label: string;
  photoId: Id | null;
}

/** A bitmap drawn once into a canvas, cropped to fill its frame (object-fit: cover). */
export function BitmapCanvas({ bitmap, width, height, label, photoId }: CanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const fit = cover(bitmap.width, bitmap.height, width, height, devicePixelRatio);
  useLayoutEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const draw = () => {
      const ctx = canvas.getContext('2d');
      // A bitmap closed under us (its photo deleted) has no pixels left to draw.
      if (!ctx || bitmap.width === 0) return;
      ctx.imageSmoothingQuality = 'high';
      // A picture with transparent parts must not show the one drawn here before it.
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(bitmap, fit.sx, fit.sy, fit.sw, fit.sh, 0, 0, canvas.width, canvas.height);
    };
    draw();
    // A canvas whose memory the browser took back comes back blank: draw it again.
    canvas.addEventListener('contextrestored', draw);
    return () => canvas.removeEventListener('contextrestored', draw);
  }, [bitmap, fit.sx, fit.sy, fit.sw, fit.sh, fit.width, fit.height]);
  return (
    <canvas
      ref={ref}
      width={fit.width}
      height={fit.height}
      data-photo={photoId ?? undefined}
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': 'true' })}
    />
  );
}
