/**
 * The choice between what the wire carries and what the two ends read, for scenes with encrypted
 * payloads. Two native radio buttons, so arrow keys, Tab and screen readers work as everywhere else.
 */
import type { PayloadOptions, PayloadView } from '../render/labels.ts';
import { icmpDescription } from '../story/icmp-words.ts';
import { el } from './dom.ts';
import { text, uiLanguage } from './text.ts';

export interface ViewToggle {
  element: HTMLElement;
  set(view: PayloadView): void;
  /** Only scenes whose payloads the two ends can read offer the choice. */
  show(offered: boolean): void;
}

/** How labels show sealed payloads in `view`, with the page's words for their size. */
export function payloadOptions(view: PayloadView): PayloadOptions {
  return {
    view,
    words: {
      sealed: (bytes) => text('stage.sealed', { bytes }),
      icmp: (icmp) => icmpDescription(uiLanguage(), icmp),
    },
  };
}

export function createViewToggle(initial: PayloadView, onChange: (view: PayloadView) => void): ViewToggle {
  const box = el('fieldset', { className: 'levels views' });
  box.append(el('legend', { textContent: text('player.view') }));
  const inputs = new Map<PayloadView, HTMLInputElement>();
  const labels: Record<PayloadView, string> = {
    wire: text('player.view.wire'),
    ends: text('player.view.ends'),
  };
  for (const view of ['wire', 'ends'] as const) {
    const input = el('input', { id: `view-${view}` }, { type: 'radio', name: 'view', value: view });
    inputs.set(view, input);
    input.addEventListener('change', () => {
      if (input.checked) {
        hint.textContent = hintFor(view);
        onChange(view);
      }
    });
    box.append(
      el('label', { className: 'level' }, { for: input.id }, [
        input,
        el('span', { textContent: labels[view] }),
      ]),
    );
  }
  const hint = el('p', { id: 'view-hint', className: 'view-hint' });
  box.setAttribute('aria-describedby', hint.id);
  const element = el('div', { id: 'view-toggle', className: 'view-toggle' }, {}, [box, hint]);

  function hintFor(view: PayloadView): string {
    return view === 'ends' ? text('player.view.hint.ends') : text('player.view.hint.wire');
  }

  function set(view: PayloadView): void {
    const input = inputs.get(view);
    if (input) input.checked = true;
    hint.textContent = hintFor(view);
  }
  set(initial);

  return {
    element,
    set,
    show(offered) {
      element.hidden = !offered;
    },
  };
}
