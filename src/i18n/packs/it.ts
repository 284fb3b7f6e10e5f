/** The Italian catalogs, gathered so that the page fetches them as one file. */
export { capture } from '../it/capture.ts';
export { story } from '../it/story.ts';
export { ui } from '../it/ui.ts';
