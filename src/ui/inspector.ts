/**
 * The inspector: a dialog that lists one packet's layers as an expandable tree, like a capture tool's
 * packet details. A native `<dialog>` gives focus handling and Escape to close for free.
 */
import type { PacketDetails, TreeItem } from '../render/inspect.ts';
import { padlock } from '../render/svg.ts';
import { el } from './dom.ts';
import { text } from './text.ts';

export interface Inspector {
  element: HTMLDialogElement;
  show(details: PacketDetails): void;
  close(): void;
  isOpen(): boolean;
}

function treeList(items: TreeItem[], top: boolean): HTMLUListElement {
  const list = el('ul', { className: top ? 'tree' : 'tree-sub' });
  for (const item of items) {
    const li = el('li');
    if (item.children && item.children.length > 0) {
      const details = el('details');
      // The layers are open, as a learner wants to read them; flag bits stay folded, as in capture tools.
      details.open = top;
      details.append(el('summary', { textContent: item.text }), treeList(item.children, false));
      li.append(details);
    } else {
      li.append(el('span', { className: 'leaf', textContent: item.text }));
    }
    list.append(li);
  }
  return list;
}

export function createInspector(onClose: () => void): Inspector {
  const title = el('h2', { id: 'inspector-title' });
  const summary = el('p', { className: 'inspector-summary' });
  const hop = el('p', { className: 'inspector-hop' });
  const notes = el('div', { className: 'inspector-notes' });
  const sealedText = el('span');
  const sealed = el('p', { id: 'inspector-sealed', className: 'inspector-sealed' }, {}, [sealedText]);
  // The stage's padlock, so the box and the envelope it describes look alike.
  sealed.insertAdjacentHTML(
    'afterbegin',
    `<svg class="lock-icon" viewBox="-8 -8 16 16" width="18" height="18" aria-hidden="true" focusable="false">${padlock(0, 0, 8)}</svg>`,
  );
  const body = el('div', { className: 'inspector-body' });
  const close = el(
    'button',
    { className: 'inspector-close', textContent: text('inspector.close') },
    { type: 'button' },
  );
  const dialog = el(
    'dialog',
    { id: 'inspector', className: 'inspector' },
    { 'aria-labelledby': 'inspector-title' },
    [
      el('div', { className: 'inspector-head' }, {}, [el('div', {}, {}, [title, summary]), close]),
      hop,
      sealed,
      notes,
      body,
    ],
  );
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', onClose);
  // A click on the backdrop (outside the box) closes it, as people expect of a pop-up.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });

  return {
    element: dialog,
    show(details) {
      title.textContent = details.title;
      summary.textContent = details.summary;
      hop.textContent = details.hop;
      sealed.hidden = details.sealed === undefined;
      sealedText.textContent = details.sealed ?? '';
      notes.replaceChildren(
        ...details.notes.map((n) => el('p', { className: 'inspector-note', textContent: n })),
      );
      body.replaceChildren(treeList(details.layers, true));
      if (!dialog.open) dialog.showModal();
      close.focus();
    },
    close() {
      if (dialog.open) dialog.close();
    },
    isOpen: () => dialog.open,
  };
}
