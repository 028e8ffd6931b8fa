// Messages for a photo that cannot be used, one per PhotoError kind, shown beside the photo field.
import type { PhotoErrorKind } from '../photos/intake';

const da = {
  errors: {
    empty: 'Filen er tom. Vælg et andet billede.',
    'not-image': 'Filen er ikke et billede. Vælg et foto (JPEG, PNG eller WebP).',
    unsupported:
      'Billedet er i et format, tavlen ikke kan vise (fx HEIC fra en iPhone). Tag billedet med tavlens kamera, eller vælg "Mest kompatibel" i telefonens kameraindstillinger.',
    corrupt: 'Billedet er beskadiget eller ikke helt hentet. Prøv et andet billede.',
    'too-large': 'Billedet er for stort. Vælg et billede på højst 40 megapixel og 40 MB.',
  } satisfies Record<PhotoErrorKind, string>,
  working: 'Gør billedet klar …',
};

const en: typeof da = {
  errors: {
    empty: 'The file is empty. Choose another picture.',
    'not-image': 'The file is not a picture. Choose a photo (JPEG, PNG or WebP).',
    unsupported:
      'The picture is in a format the board cannot show (e.g. HEIC from an iPhone). Take the picture with the board\'s camera, or choose "Most compatible" in the phone\'s camera settings.',
    corrupt: 'The picture is damaged or not fully downloaded. Try another picture.',
    'too-large': 'The picture is too large. Choose a picture of at most 40 megapixels and 40 MB.',
  },
  working: 'Preparing the picture …',
};

export default { da, en };
