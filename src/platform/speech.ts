// Read aloud with the Web Speech API, only with a Danish voice. Without one the button is hidden:
// an English voice reading Danish words would confuse more than it helps.
import { type ReadonlySignal, signal } from '@preact/signals';

export interface Speech {
  /** True while the device has a Danish voice. */
  available: ReadonlySignal<boolean>;
  speak(text: string): void;
  stop(): void;
}

type Synth = Pick<SpeechSynthesis, 'getVoices' | 'speak' | 'cancel' | 'addEventListener'>;

/** A Danish voice: lang 'da' or 'da-DK' (some engines write 'da_DK'). */
export function danishVoice(voices: readonly Pick<SpeechSynthesisVoice, 'lang'>[]) {
  return voices.find((v) => /^da([-_]dk)?$/i.test(v.lang)) ?? null;
}

export function createSpeech(
  synth: Synth | undefined = globalThis.speechSynthesis,
  Utterance: typeof SpeechSynthesisUtterance | undefined = globalThis.SpeechSynthesisUtterance,
): Speech {
  const available = signal(false);
  let voice: SpeechSynthesisVoice | null = null;
  const refresh = () => {
    voice = synth ? (danishVoice(synth.getVoices()) as SpeechSynthesisVoice | null) : null;
    available.value = voice !== null && !!Utterance;
  };
  if (synth && Utterance) {
    refresh();
    // Chromium fills the voice list a moment after start.
    synth.addEventListener('voiceschanged', refresh);
  }
  return {
    available,
    speak(text) {
      if (!synth || !Utterance || !voice) return;
      synth.cancel();
      const u = new Utterance(text);
      u.voice = voice;
      u.lang = voice.lang;
      u.rate = 0.9;
      synth.speak(u);
    },
    stop() {
      synth?.cancel();
    },
  };
}

/** For tests and devices without speech. */
export const noSpeech: Speech = { available: signal(false), speak() {}, stop() {} };
