/** The Japanese catalogs, gathered so that the page fetches them as one file. */
export { capture } from '../ja/capture.ts';
export { story } from '../ja/story.ts';
export { ui } from '../ja/ui.ts';
