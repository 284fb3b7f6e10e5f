/**
 * The addresses of the capture page: `#/capture` to open a file, `#/capture/play?step=3&level=expert&lang=en`
 * for a moment of its scene (the player writes these), `#/capture/packets` for its list of packets. The file
 * itself is never in the address: it stays on the learner's computer. No DOM here.
 */
import { LEVELS, type Level } from '../../story/types.ts';
import { DEFAULT_LANG, DEFAULT_LEVEL } from '../app-route.ts';

export const CAPTURE_TOPIC = 'capture';
/** The player writes its moments under this part of the address. */
export const PLAY_SLUG = 'play';

export type CaptureView = 'home' | 'scene' | 'packets';

export interface CaptureRoute {
  view: CaptureView;
  level: Level;
  lang: string;
  /** The step the address names, as written; checked by the player against its story. */
  step: string | null;
}

export const CAPTURE_HASH = `#/${CAPTURE_TOPIC}`;
export const PACKETS_HASH = `#/${CAPTURE_TOPIC}/packets`;

function path(hash: string): { parts: string[]; query: string } {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const q = body.indexOf('?');
  const route = q === -1 ? body : body.slice(0, q);
  return { parts: route.split('/').filter((p) => p !== ''), query: q === -1 ? '' : body.slice(q + 1) };
}

export function isCaptureHash(hash: string): boolean {
  return path(hash).parts[0] === CAPTURE_TOPIC;
}

/** What a capture address asks for; anything it does not understand gives the default. */
export function parseCaptureHash(hash: string, langs: readonly string[]): CaptureRoute {
  const { parts, query } = path(hash);
  const params = new URLSearchParams(query);
  const level = params.get('level');
  const lang = params.get('lang');
  const view: CaptureView = parts[1] === PLAY_SLUG ? 'scene' : parts[1] === 'packets' ? 'packets' : 'home';
  return {
    view,
    level: level !== null && (LEVELS as readonly string[]).includes(level) ? (level as Level) : DEFAULT_LEVEL,
    lang:
      lang !== null && langs.includes(lang)
        ? lang
        : langs.includes(DEFAULT_LANG)
          ? DEFAULT_LANG
          : (langs[0] ?? DEFAULT_LANG),
    step: params.get('step'),
  };
}

/** The address of the scene at a level (and a step, if one is given). */
export function sceneHash(level: Level, lang: string, step?: number): string {
  const params = new URLSearchParams();
  if (step !== undefined) params.set('step', String(step));
  params.set('level', level);
  params.set('lang', lang);
  return `#/${CAPTURE_TOPIC}/${PLAY_SLUG}?${params}`;
}
