/**
 * Every page and every moment of the app has an address:
 *
 * - `#/` the topics; `#/ftp` a topic and its scenes;
 * - `#/ftp/active?step=8&level=standard&lang=en&firewall=blocks&files=2&seed=1` a scene at a step, with
 *   its level, language, switches and seed, so a teacher can share exactly what is on screen;
 * - `#/trace/ftp-active?...` the list of packets of a run.
 *
 * A wrong address is explained in words and replaced by the nearest page that exists. No DOM here.
 */
import { PAYLOAD_VIEWS, type PayloadView } from '../render/labels.ts';
import type { Scenario } from '../scenarios/types.ts';
import { LEVELS, type Level } from '../story/types.ts';
import { choiceToOptions, DEFAULT_SEED, readSwitches } from './route.ts';
import { text } from './text.ts';
import { findTopic, playableScenes, type Topic, type TopicPage, type TopicScene } from './topics.ts';

export const DEFAULT_LEVEL: Level = 'standard';
export const DEFAULT_LANG = 'en';
/** What the network really carries is the honest default; the ends' view is a choice. */
export const DEFAULT_VIEW: PayloadView = 'wire';
/** Parameters of a scene's link besides its switches and the seed. */
export const PLAYER_PARAMS = ['step', 'level', 'lang', 'view'] as const;

export interface PlayerState {
  topic: Topic;
  scene: TopicScene;
  scenario: Scenario;
  values: Record<string, string | number>;
  seed: number;
  level: Level;
  lang: string;
  /** How encrypted payloads are shown: as the wire carries them, or as the two ends read them. */
  view: PayloadView;
  /** The step as written in the link, checked once the story is known (see `resolveStep`). */
  step: string | null;
}

export type AppRoute =
  | { view: 'top' }
  | { view: 'topic'; topic: Topic }
  | { view: 'page'; topic: Topic; page: TopicPage }
  | { view: 'player'; player: PlayerState }
  | { view: 'packets'; hash: string };

export interface ParsedApp {
  route: AppRoute;
  problems: string[];
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

function isLevel(value: string): value is Level {
  return (LEVELS as readonly string[]).includes(value);
}

export function parseAppHash(
  hash: string,
  scenarios: readonly Scenario[],
  langs: readonly string[],
  preferred: string = DEFAULT_LANG,
): ParsedApp {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const [path = '', query = ''] = splitOnce(body, '?');
  const parts = path.split('/').filter((p) => p !== '');
  if (parts.length === 0) return { route: { view: 'top' }, problems: [] };
  if (parts[0] === 'trace') return { route: { view: 'packets', hash: `#${body}` }, problems: [] };

  const topicId = decode(parts[0] as string);
  const topic = findTopic(topicId);
  if (!topic) {
    return { route: { view: 'top' }, problems: [text('link.noTopic', { topic: topicId })] };
  }
  if (parts.length === 1) return { route: { view: 'topic', topic }, problems: [] };

  const slug = decode(parts.slice(1).join('/'));
  const page = topic.pages?.find((p) => p.slug === slug);
  if (page) return { route: { view: 'page', topic, page }, problems: [] };
  const scene = topic.scenes.find((s) => s.slug === slug);
  const playable = scene ? playableScenes(topic, scenarios).find((p) => p.scene === scene) : undefined;
  if (!scene || !playable) {
    const problem = scene
      ? text('link.sceneComing', { scene: slug })
      : text('link.noScene', { topic: topic.id, scene: slug });
    return { route: { view: 'topic', topic }, problems: [problem] };
  }

  const params = new URLSearchParams(query);
  const reading = readSwitches(playable.scenario, params, PLAYER_PARAMS);
  const problems = [...reading.problems];
  const player: PlayerState = {
    topic,
    scene,
    scenario: playable.scenario,
    values: reading.values,
    seed: reading.seed,
    level: DEFAULT_LEVEL,
    lang: langs.includes(preferred)
      ? preferred
      : langs.includes(DEFAULT_LANG)
        ? DEFAULT_LANG
        : (langs[0] ?? DEFAULT_LANG),
    view: DEFAULT_VIEW,
    step: null,
  };
  for (const [name, value] of reading.rest) {
    if (name === 'level') {
      if (isLevel(value)) player.level = value;
      else {
        problems.push(text('link.badLevel', { levels: LEVELS.join(', '), value, fallback: DEFAULT_LEVEL }));
      }
    } else if (name === 'lang') {
      if (langs.includes(value)) player.lang = value;
      else problems.push(text('link.badLang', { value, langs: langs.join(', '), fallback: player.lang }));
    } else if (name === 'view') {
      if ((PAYLOAD_VIEWS as readonly string[]).includes(value)) player.view = value as PayloadView;
      else
        problems.push(
          text('link.badView', { views: PAYLOAD_VIEWS.join(', '), value, fallback: DEFAULT_VIEW }),
        );
    } else if (name === 'step') {
      player.step = value;
    }
  }
  return { route: { view: 'player', player }, problems };
}

function splitOnce(s: string, sep: string): [string, string] {
  const i = s.indexOf(sep);
  return i === -1 ? [s, ''] : [s.slice(0, i), s.slice(i + 1)];
}

/**
 * The step a link asks for, as an index into a story of `total` steps, or the first step with a sentence
 * saying why when the link's step is not one of them.
 */
export function resolveStep(step: string | null, total: number): { index: number; problem?: string } {
  if (step === null || total === 0) return { index: 0 };
  const trimmed = step.trim();
  const n = /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (Number.isSafeInteger(n) && n >= 1 && n <= total) return { index: n - 1 };
  const index = Number.isSafeInteger(n) && n > total ? total - 1 : 0;
  return { index, problem: text('link.badStep', { max: total, value: step, step: index + 1 }) };
}

/**
 * The canonical address of a moment: the step (1-based), level, language, the view of encrypted payloads
 * when the scene has any (`sealed`), every switch, then the seed.
 */
export function playerHash(p: Omit<PlayerState, 'step'> & { step: number }, sealed = false): string {
  const params = new URLSearchParams();
  params.set('step', String(p.step));
  params.set('level', p.level);
  params.set('lang', p.lang);
  if (sealed) params.set('view', p.view);
  for (const spec of p.scenario.switches) params.set(spec.name, String(p.values[spec.name] ?? spec.default));
  params.set('seed', String(p.seed));
  return `#/${encodeURIComponent(p.topic.id)}/${p.scene.slug.split('/').map(encodeURIComponent).join('/')}?${params}`;
}

export function topicHash(topic: Topic): string {
  return `#/${encodeURIComponent(topic.id)}`;
}

export function pageHash(topic: Topic, page: TopicPage): string {
  return `${topicHash(topic)}/${encodeURIComponent(page.slug)}`;
}

/** The link to a scene at its start, as a menu offers it. */
export function sceneHash(topic: Topic, scene: TopicScene): string {
  return `${topicHash(topic)}/${scene.slug.split('/').map(encodeURIComponent).join('/')}`;
}

/** The scene's options for the simulator: its switches and seed. */
export function playerOptions(p: PlayerState): ReturnType<typeof choiceToOptions> {
  return choiceToOptions({ scenario: p.scenario, values: p.values, seed: p.seed ?? DEFAULT_SEED });
}
