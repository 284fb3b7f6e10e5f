/**
 * Keeps the stage's SVG in step with the painter's parts without re-parsing it every frame: each layer
 * and each keyed group (a lane, a host, a wall, an envelope) is built once and then only the attributes
 * or the inside that changed are written. Re-parsing the whole stage on every input of the timeline cost
 * more style, layout and parsing than a frame has; and because the elements stay, focus on an envelope
 * stays with it.
 */
import { LAYERS, type StagePart, type StageParts } from '../render/svg.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

interface Drawn {
  element: SVGGElement;
  attrs: Map<string, string>;
  inner: string | null;
}

type Layer = (typeof LAYERS)[number];

export interface StageView {
  draw(parts: StageParts): void;
  /** Forgets what is drawn, so that the next `draw` builds the stage afresh (a new scene or layout). */
  reset(): void;
}

function patchGroup(group: SVGGElement, drawn: Map<string, Drawn>, parts: readonly StagePart[]): void {
  const seen = new Set<string>();
  let cursor = group.firstElementChild;
  for (const part of parts) {
    // Keys are unique within a layer; a repeated one is still drawn, as a group of its own.
    let key = part.key;
    for (let i = 2; seen.has(key); i++) key = `${part.key}#${i}`;
    seen.add(key);
    let d = drawn.get(key);
    if (!d) {
      d = { element: document.createElementNS(SVG_NS, 'g'), attrs: new Map(), inner: null };
      drawn.set(key, d);
    }
    for (const [name, value] of part.attrs) {
      if (d.attrs.get(name) !== value) {
        d.element.setAttribute(name, value);
        d.attrs.set(name, value);
      }
    }
    if (d.attrs.size > part.attrs.length) {
      const wanted = new Set(part.attrs.map(([name]) => name));
      for (const name of [...d.attrs.keys()]) {
        if (!wanted.has(name)) {
          d.element.removeAttribute(name);
          d.attrs.delete(name);
        }
      }
    }
    if (d.inner !== part.inner) {
      d.element.innerHTML = part.inner;
      d.inner = part.inner;
    }
    if (d.element === cursor) cursor = cursor.nextElementSibling;
    else group.insertBefore(d.element, cursor);
  }
  for (const [key, d] of drawn) {
    if (!seen.has(key)) {
      d.element.remove();
      drawn.delete(key);
    }
  }
}

export function createStageView(svg: SVGSVGElement): StageView {
  let base: string | null = null;
  const layers = new Map<Layer, SVGGElement>();
  const drawn = new Map<Layer, Map<string, Drawn>>();
  const plain = new Map<Layer, string>();

  function build(markup: string): void {
    svg.innerHTML = markup;
    layers.clear();
    drawn.clear();
    plain.clear();
    for (const name of LAYERS) {
      const group = document.createElementNS(SVG_NS, 'g');
      group.setAttribute('class', name);
      svg.append(group);
      layers.set(name, group);
      drawn.set(name, new Map());
    }
    base = markup;
  }

  return {
    draw(parts) {
      if (parts.base !== base) build(parts.base);
      for (const name of LAYERS) {
        const group = layers.get(name) as SVGGElement;
        const content = parts[name];
        if (typeof content === 'string') {
          if (plain.get(name) !== content) {
            group.innerHTML = content;
            plain.set(name, content);
          }
        } else patchGroup(group, drawn.get(name) as Map<string, Drawn>, content);
      }
    },
    reset() {
      base = null;
    },
  };
}
