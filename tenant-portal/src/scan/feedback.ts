// The two signals of every scan result: what the banner says (pure, tested) and the beep.
import { ApiError } from '../api';
import { describeFailure } from '../failure';
import type { Text } from '../i18n';
import type { Signal } from './page';

/**
 * What to show for a failed call: the server's problem naming the field ("barcode: no SKU of this
 * shop has this barcode"), else the portal's wording for the kind of failure.
 */
export function scanFailure(error: unknown): Text {
  if (error instanceof ApiError && error.kind === 'refused' && error.problem) {
    const fields = (error.problem.errors ?? [])
      .filter((e) => e.message)
      .map((e) => (e.field ? `${e.field}: ${e.message}` : e.message));
    if (fields.length > 0) return { raw: fields.join('; ') };
    const explanation = error.problem.detail || error.problem.title;
    if (explanation) return { raw: explanation };
  }
  return describeFailure(error);
}

/** The field a refused call names first, if any (the page may react to it, e.g. barcode → report unknown). */
export function failedField(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.kind !== 'refused') return null;
  return error.problem?.errors?.find((e) => e.field)?.field ?? null;
}

/** Tone of each signal: ok is short and high, error long, low and harsh; info a soft click. */
export const TONES: Readonly<Record<Signal, { readonly hz: number; readonly seconds: number; readonly wave: OscillatorType; readonly times: number }>> = {
  ok: { hz: 1760, seconds: 0.08, wave: 'sine', times: 1 },
  error: { hz: 220, seconds: 0.22, wave: 'square', times: 2 },
  info: { hz: 880, seconds: 0.04, wave: 'triangle', times: 1 },
};

let audio: AudioContext | null = null;

/**
 * Beeps with WebAudio. The browser lets audio start only after a user gesture; a scanner's
 * keystrokes are one. Where audio is not possible the banner still shows the result. The last tone
 * is kept on body[data-beep] (and a running count in data-beeps) so a test can hear it.
 */
export function beep(kind: Signal): void {
  const body = document.body;
  body.dataset['beep'] = kind;
  body.dataset['beeps'] = String(Number(body.dataset['beeps'] ?? 0) + 1);
  try {
    audio ??= new AudioContext();
    if (audio.state === 'suspended') void audio.resume();
    const tone = TONES[kind];
    for (let i = 0; i < tone.times; i++) {
      const start = audio.currentTime + i * tone.seconds * 1.6;
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.type = tone.wave;
      oscillator.frequency.value = tone.hz;
      gain.gain.value = 0.25;
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(start);
      oscillator.stop(start + tone.seconds);
    }
  } catch {
    // No audio device or no WebAudio: the banner is the signal.
  }
}
