/** The Korean catalogs, gathered so that the page fetches them as one file. */
export { capture } from '../ko/capture.ts';
export { story } from '../ko/story.ts';
export { ui } from '../ko/ui.ts';
