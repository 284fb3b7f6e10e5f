/**
 * Tells a trace as a story: numbered steps at one of three levels, each naming the packets and events it
 * shows, in one of the languages that have a story catalog.
 */
import type { Trace } from '../core/trace.ts';
import { DEFAULT_LANG, hasStoryLanguage, storyLanguages, translate } from '../i18n/index.ts';
import { indexTrace, type TraceIndex } from './analysis.ts';
import { type Beat, beatsToSteps } from './beats.ts';
import { elementaryBeats } from './elementary.ts';
import { expertBeats } from './expert.ts';
import { ftpsElementaryBeats, ftpsNotes, ftpsStandardBeats, ftpsTitle, isFtps } from './ftps.ts';
import { narrate, narrateAll } from './narrate.ts';
import { teacherNotes } from './notes.ts';
import { sshElementaryBeats, sshExpertBeats, sshStandardBeats, sshTitle } from './ssh.ts';
import { ftpShape, standardBeats } from './standard.ts';
import type { Level, Narration, Story } from './types.ts';

function beatsFor(ix: TraceIndex, level: Level): Beat[] {
  const ftps = isFtps(ix);
  switch (level) {
    case 'elementary':
      return ftps ? ftpsElementaryBeats(ix) : (sshElementaryBeats(ix) ?? elementaryBeats(ix));
    case 'standard':
      return ftps ? ftpsStandardBeats(ix) : (sshStandardBeats(ix) ?? standardBeats(ix));
    case 'expert':
      return sshExpertBeats(ix) ?? expertBeats(ix);
  }
}

function title(ix: TraceIndex, lang: string): string {
  const ftps = ftpsTitle(ix);
  if (ftps) return narrate(ix.nodes, lang, ftps);
  const shape = ftpShape(ix);
  if (shape) {
    const count = Number(shape.start?.event.params?.files ?? shape.data.length);
    return translate(lang, shape.mode === 'active' ? 'title.ftp.active' : 'title.ftp.passive', { count });
  }
  return sshTitle(ix, lang) ?? ix.trace.meta.title ?? translate(lang, 'title.generic');
}

export function buildStory(trace: Trace, level: Level, lang: string = DEFAULT_LANG): Story {
  if (!hasStoryLanguage(lang)) {
    throw new RangeError(
      `no story catalog for language "${lang}" (available: ${storyLanguages().join(', ')})`,
    );
  }
  const ix = indexTrace(trace);
  const beats = beatsFor(ix, level);
  // Expert shows every packet as a step of its own, so nothing is left for the background.
  const steps = beatsToSteps(ix, beats, lang, { background: level !== 'expert' });
  const notes = [...teacherNotes(ix, level, beats, steps), ...ftpsNotes(ix, level, beats, steps)].map((n) =>
    narrate(ix.nodes, lang, n),
  );
  return { level, lang, title: title(ix, lang), steps, notes };
}

/** A step's narration (and its extra sentences) in another language, without building the story again. */
export function retell(trace: Trace, lang: string, narration: Narration, extra: Narration[] = []): string {
  const nodes = new Map(trace.nodes.map((n) => [n.id, n]));
  return narrateAll(nodes, lang, narration, extra);
}
