import { Button } from '../../ui/Button';
import { useStore, useText } from '../context';

/**
 * Reads a text aloud in Danish, only when tapped. Hidden when the device has no Danish voice,
 * and on the English screen (the voice is Danish).
 */
export function SpeakButton({ text, what, class: cls }: { text: string; what: string; class?: string }) {
  const store = useStore();
  const t = useText().together;
  if (!store.speech.available.value || store.settings.value.lang !== 'da') return null;
  return (
    <Button
      icon="speaker"
      class={cls}
      aria-label={t.readAloudWhat(what)}
      title={t.readAloud}
      onClick={(e) => {
        // A speaker inside a tappable card must not also open the card.
        e.stopPropagation();
        store.speech.speak(text);
      }}
    />
  );
}
