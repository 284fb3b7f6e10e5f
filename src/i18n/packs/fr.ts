/** The French catalogs, gathered so that the page fetches them as one file. */
export { capture } from '../fr/capture.ts';
export { story } from '../fr/story.ts';
export { ui } from '../fr/ui.ts';
