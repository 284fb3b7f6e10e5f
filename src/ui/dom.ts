/** Small helpers to build the page without a framework: the app is a handful of elements. */

type Props = Partial<Record<'id' | 'className' | 'textContent', string>>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  attrs: Record<string, string> = {},
  children: Array<Node | string> = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.id) node.id = props.id;
  if (props.className) node.className = props.className;
  if (props.textContent !== undefined) node.textContent = props.textContent;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** A notice listing what was wrong with the link; hidden when nothing was. */
export function problemsNotice(title: string, problems: readonly string[]): HTMLDivElement {
  const box = el('div', { id: 'link-problems', className: 'notice notice-warning' }, { role: 'alert' });
  fillProblems(box, title, problems);
  return box;
}

export function fillProblems(box: HTMLElement, title: string, problems: readonly string[]): void {
  box.replaceChildren();
  box.hidden = problems.length === 0;
  if (problems.length === 0) return;
  const list = el('ul');
  for (const p of problems) list.append(el('li', { textContent: p }));
  box.append(el('p', { className: 'notice-title', textContent: title }), list);
}

export function errorNotice(title: string, err: unknown): HTMLDivElement {
  const message = err instanceof Error ? err.message || err.name : String(err);
  return el('div', { className: 'notice notice-error' }, { role: 'alert' }, [
    el('p', { className: 'notice-title', textContent: title }),
    el('p', { className: 'error-message', textContent: message }),
  ]);
}

export function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}
