/** The Chinese catalogs, gathered so that the page fetches them as one file. */
export { capture } from '../zh/capture.ts';
export { story } from '../zh/story.ts';
export { ui } from '../zh/ui.ts';
