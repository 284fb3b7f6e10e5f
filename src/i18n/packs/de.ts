/** The German catalogs, gathered so that the page fetches them as one file. */
export { capture } from '../de/capture.ts';
export { story } from '../de/story.ts';
export { ui } from '../de/ui.ts';
