import './style.css';
import { scenarios } from '../scenarios/index.ts';
import { mountTracePage } from './trace-page.ts';

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no element with id "app"');

try {
  mountTracePage(root, scenarios);
} catch (err) {
  // A page that fails to start should say so rather than stay blank.
  console.error(err);
  const box = document.createElement('div');
  box.className = 'notice notice-error';
  box.setAttribute('role', 'alert');
  const title = document.createElement('p');
  title.className = 'notice-title';
  title.textContent = 'The page could not start.';
  const message = document.createElement('p');
  message.className = 'error-message';
  message.textContent = err instanceof Error ? err.message : String(err);
  box.append(title, message);
  root.replaceChildren(box);
}
