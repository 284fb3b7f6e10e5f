/** The story as the command line prints it: one row per step, the columns other tools read. */
import type { Story } from './types.ts';

export const STORY_COLUMNS = ['step', 'actor', 'flags', 'text'] as const;

/** TSV cells never contain a tab or a newline: they would break the columns. */
function cell(value: string | number): string {
  return String(value).replace(/[\t\r\n]+/g, ' ');
}

export function storyToTsv(story: Story): string {
  const lines = [STORY_COLUMNS.join('\t')];
  for (const s of story.steps) lines.push([s.n, s.actorName, s.flags, s.text].map(cell).join('\t'));
  return `${lines.join('\n')}\n`;
}
