/** The Spanish catalogs, gathered so that the page fetches them as one file. */
export { capture } from '../es/capture.ts';
export { story } from '../es/story.ts';
export { ui } from '../es/ui.ts';
