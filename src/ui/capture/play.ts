/**
 * Plays an opened capture in the app's player, the same stage, ladder, inspector and narration as every
 * scene. The player runs scenarios; an opened capture is handed to it as a scenario with no switches whose
 * run is the trace read from the file. The player keeps its moment in the address, as
 * `#/capture/play?step=…&level=…&lang=…`, which the capture page reads back.
 */
import type { Trace } from '../../core/trace.ts';
import type { UiKey } from '../../i18n/en/ui.ts';
import type { Scenario } from '../../scenarios/types.ts';
import type { Level } from '../../story/types.ts';
import { mountPlayer, type PlayerPage } from '../player-page.ts';
import { DEFAULT_SEED } from '../route.ts';
import type { Topic, TopicScene } from '../topics.ts';
import { CAPTURE_TOPIC, PLAY_SLUG } from './capture-route.ts';

/**
 * The player shows a scene's title from the page catalog and falls back to the scenario's title when the
 * key is not in it; a capture's title is its file name, so the scene names a key the catalog lacks.
 */
const NO_KEY = 'capture.file' as string as UiKey;

export interface CaptureScene {
  trace: Trace;
  fileName: string;
  level: Level;
  lang: string;
  /** The step as the address gives it (1-based, as text), or null for the first. */
  step: string | null;
}

export function mountCaptureScene(root: HTMLElement, s: CaptureScene): PlayerPage {
  const trace = s.trace;
  const scenario: Scenario = { id: CAPTURE_TOPIC, title: s.fileName, switches: [], run: () => trace };
  const scene: TopicScene = { slug: PLAY_SLUG, scenario: scenario.id, title: NO_KEY, summary: NO_KEY };
  const topic: Topic = { id: CAPTURE_TOPIC, title: NO_KEY, summary: NO_KEY, intro: [], scenes: [scene] };
  return mountPlayer(
    root,
    {
      topic,
      scene,
      scenario,
      values: {},
      seed: DEFAULT_SEED,
      level: s.level,
      lang: s.lang,
      view: 'wire',
      step: s.step,
    },
    [],
  );
}
