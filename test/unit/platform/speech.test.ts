import { describe, expect, it, vi } from 'vitest';
import { createSpeech, danishVoice } from '../../../src/platform/speech';

type Voice = { lang: string; name: string };

function stubSynth(voices: Voice[]) {
  const listeners: (() => void)[] = [];
  const synth = {
    voices,
    getVoices: () => synth.voices as unknown as SpeechSynthesisVoice[],
    speak: vi.fn(),
    cancel: vi.fn(),
    addEventListener: (_: string, fn: () => void) => listeners.push(fn),
    fire: () => {
      for (const fn of listeners) fn();
    },
  };
  return synth;
}
class Utterance {
  voice: unknown = null;
  lang = '';
  rate = 1;
  constructor(public text: string) {}
}
const U = Utterance as unknown as typeof SpeechSynthesisUtterance;

describe('read aloud', () => {
  it('picks only a Danish voice', () => {
    expect(danishVoice([{ lang: 'en-GB' }, { lang: 'da-DK' }])?.lang).toBe('da-DK');
    expect(danishVoice([{ lang: 'da' }])?.lang).toBe('da');
    expect(danishVoice([{ lang: 'da_DK' }])?.lang).toBe('da_DK');
    expect(danishVoice([{ lang: 'en-US' }, { lang: 'de-DE' }, { lang: 'nb-NO' }])).toBeNull();
  });

  it('is unavailable without a Danish voice, and speaks nothing then', () => {
    const synth = stubSynth([{ lang: 'en-US', name: 'English' }]);
    const speech = createSpeech(synth as never, U);
    expect(speech.available.value).toBe(false);
    speech.speak('Hej');
    expect(synth.speak).not.toHaveBeenCalled();
  });

  it('becomes available when a Danish voice arrives later and reads with it', () => {
    const synth = stubSynth([]);
    const speech = createSpeech(synth as never, U);
    expect(speech.available.value).toBe(false);
    synth.voices = [
      { lang: 'en-US', name: 'English' },
      { lang: 'da-DK', name: 'Dansk' },
    ];
    synth.fire();
    expect(speech.available.value).toBe(true);
    speech.speak('Mal kaffen');
    expect(synth.cancel).toHaveBeenCalled();
    const said = synth.speak.mock.calls[0]![0] as Utterance;
    expect(said.text).toBe('Mal kaffen');
    expect((said.voice as Voice).name).toBe('Dansk');
    expect(said.lang).toBe('da-DK');
  });

  it('is unavailable where the browser has no speech at all', () => {
    expect(createSpeech(undefined, undefined).available.value).toBe(false);
  });
});
