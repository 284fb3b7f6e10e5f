/**
 * The ladder beside the stage (expert level): a scrolling list as tall as all packets, of which only the
 * rows near the view exist in the page. It follows the playhead: when the step changes, the step's first
 * packet is brought to the middle.
 */
import type { Frame } from '../render/frame.ts';
import type { PayloadOptions } from '../render/labels.ts';
import { LADDER_ROW, ladderRows, ladderWindow } from '../render/ladder.ts';
import type { Layout } from '../render/layout.ts';
import type { Scene } from '../render/scene.ts';
import { el } from './dom.ts';
import { text } from './text.ts';

export interface LadderView {
  element: HTMLElement;
  setScene(scene: Scene, layout: Layout): void;
  update(frame: Frame, selected: number | undefined, payload?: PayloadOptions): void;
  /** Brings the current step's rows into view again (after the ladder is shown). */
  follow(): void;
}

export function createLadder(onPick: (packet: number) => void, reducedMotion: () => boolean): LadderView {
  const left = el('span', { className: 'ladder-end' });
  const right = el('span', { className: 'ladder-end' });
  const head = el('div', { className: 'ladder-head' }, { 'aria-hidden': 'true' }, [left, right]);
  const body = el('div', { className: 'ladder-body' });
  const scroller = el(
    'div',
    { className: 'ladder-scroll' },
    { tabindex: '-1', role: 'region', 'aria-label': text('player.ladder') },
    [body],
  );
  const element = el('div', { id: 'ladder', className: 'ladder' }, {}, [head, scroller]);

  let scene: Scene | null = null;
  let layout: Layout | null = null;
  let lastFrame: Frame | null = null;
  let lastSelected: number | undefined;
  let lastPayload: PayloadOptions | undefined;
  let lastMarkup = '';
  let followedStep = -2;

  function render(): void {
    if (!scene || !layout || !lastFrame) return;
    const info = scene.steps[lastFrame.step];
    const { from, to } = ladderWindow(scroller.scrollTop, scroller.clientHeight || 400, scene.order.length);
    const state = {
      current: new Set(info?.packets ?? []),
      tau: lastFrame.tau,
      ...(lastSelected !== undefined ? { selected: lastSelected } : {}),
      ...(lastPayload ? { payload: lastPayload } : {}),
    };
    const markup = ladderRows(scene, layout, from, to, state, (label, a, b) =>
      text('ladder.row', { label, from: a, to: b }),
    );
    if (markup !== lastMarkup) {
      const focused = document.activeElement?.closest?.('[data-packet]')?.getAttribute('data-packet');
      body.innerHTML = markup;
      lastMarkup = markup;
      if (focused && body.contains(document.activeElement) === false) {
        body.querySelector<HTMLElement>(`[data-packet="${focused}"]`)?.focus({ preventScroll: true });
      }
    }
  }

  scroller.addEventListener('scroll', () => requestAnimationFrame(render), { passive: true });
  body.addEventListener('click', (event) => {
    const row = (event.target as Element).closest('[data-packet]');
    if (row) onPick(Number(row.getAttribute('data-packet')));
  });

  return {
    element,
    setScene(s, l) {
      scene = s;
      layout = l;
      lastMarkup = '';
      followedStep = -2;
      body.style.height = `${s.order.length * LADDER_ROW}px`;
      left.textContent = l.nodes[0]?.name ?? '';
      right.textContent = l.nodes[l.nodes.length - 1]?.name ?? '';
    },
    follow() {
      followedStep = -2;
    },
    update(frame, selected, payload) {
      lastFrame = frame;
      lastSelected = selected;
      lastPayload = payload;
      if (scene && frame.step !== followedStep) {
        followedStep = frame.step;
        const first = scene.steps[frame.step]?.packets[0];
        const row = first !== undefined ? scene.packets.get(first)?.row : undefined;
        if (row !== undefined && scroller.clientHeight > 0) {
          const top = Math.max(row * LADDER_ROW - scroller.clientHeight / 2 + LADDER_ROW, 0);
          scroller.scrollTo({ top, behavior: reducedMotion() ? 'auto' : 'smooth' });
        }
      }
      render();
    },
  };
}
