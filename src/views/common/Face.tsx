import type { Person } from '../../domain/types';
import { Avatar } from '../../ui/Avatar';
import { usePhotoUrl } from './usePhotoUrl';

/**
 * A person's face on a public view: their portrait only while they consent to it, otherwise
 * initials on their colour. Withdrawn consent takes the portrait off at once (no URL is asked for).
 */
export function Face({ person, size }: { person: Person; size: number }) {
  const portraitId = person.portraitConsent ? person.portraitId : null;
  const url = usePhotoUrl(portraitId, 'thumb');
  return <Avatar name={person.name} color={person.color} portrait={url || null} size={size} />;
}
