/** The Arabic catalogs, gathered so that the page fetches them as one file. */
export { capture } from '../ar/capture.ts';
export { story } from '../ar/story.ts';
export { ui } from '../ar/ui.ts';
