/** The Russian catalogs, gathered so that the page fetches them as one file. */
export { capture } from '../ru/capture.ts';
export { story } from '../ru/story.ts';
export { ui } from '../ru/ui.ts';
