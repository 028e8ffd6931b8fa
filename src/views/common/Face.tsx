import type { Person } from '../../domain/types';
import { Avatar } from '../../ui/Avatar';
import { ThumbImage } from './Photo';
import { useThumb } from './usePhotoUrl';

/**
 * A person's face on a public view: their portrait only while they consent to it, otherwise
 * initials on their colour. Withdrawn consent takes the portrait off at once (no picture is asked for).
 */
export function Face({
  person,
  size,
}: {
  person: Pick<Person, 'id' | 'name' | 'color' | 'portraitId' | 'portraitConsent'>;
  size: number;
}) {
  const portraitId = person.portraitConsent ? person.portraitId : null;
  const { thumb, broken } = useThumb(portraitId);
  const portrait =
    thumb && thumb !== 'none' ? (
      <ThumbImage src={thumb} label="" photoId={portraitId} onError={broken} />
    ) : null;
  return <Avatar name={person.name} color={person.color} portrait={portrait} size={size} face={person.id} />;
}
