/** The Portuguese catalogs, gathered so that the page fetches them as one file. */
export { capture } from '../pt/capture.ts';
export { story } from '../pt/story.ts';
export { ui } from '../pt/ui.ts';
