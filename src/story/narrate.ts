/**
 * Turns a narration (a catalog key and its parameters) into a sentence. Parameters that name a node
 * (`actor`, `peer` ...) hold the node's id in the narration, so that a narration stays the same in every
 * language; they become "the PC", "the server" ... in the language at hand when the sentence is made.
 */
import type { TraceNode } from '../core/trace.ts';
import { type Params, type StoryKey, storyCatalog, translate } from '../i18n/index.ts';
import { joinSentences } from '../i18n/sentences.ts';
import { ICMP_PARAM, icmpDescription, parseIcmpParam } from './icmp-words.ts';
import type { Narration } from './types.ts';

/** Parameters whose value is a node id, rendered as that node's name in the sentence's language. */
export const NODE_PARAMS: readonly string[] = ['actor', 'peer', 'owner', 'from', 'to'];

/** The pseudo-node that stands for a host's own firewall when it is the actor. */
export const FIREWALL_ACTOR = 'firewall';

type NodeLike = Pick<TraceNode, 'id' | 'name' | 'kind'>;

const KIND_KEYS: Record<string, { who: StoryKey; name: StoryKey }> = {
  pc: { who: 'who.pc', name: 'actor.pc' },
  server: { who: 'who.server', name: 'actor.server' },
  router: { who: 'who.router', name: 'actor.router' },
  firewall: { who: 'who.firewall', name: 'actor.firewall' },
  network: { who: 'who.network', name: 'actor.network' },
};

function standardNamed(node: NodeLike): { who: StoryKey; name: StoryKey } | undefined {
  const keys = KIND_KEYS[node.kind];
  // A capture names hosts by address; only nodes with the everyday English name are the ones the catalog knows.
  if (!keys || translate('en', keys.name) !== node.name) return undefined;
  return keys;
}

function resolveNode(nodes: ReadonlyMap<string, NodeLike>, id: string): NodeLike {
  if (id === FIREWALL_ACTOR && !nodes.has(id)) return { id, name: 'Firewall', kind: 'firewall' };
  return nodes.get(id) ?? { id, name: id, kind: 'network' };
}

/** What learners call the node in the actor column, in `lang`. */
export function actorName(nodes: ReadonlyMap<string, NodeLike>, id: string, lang: string): string {
  const node = resolveNode(nodes, id);
  const keys = standardNamed(node);
  return keys ? translate(lang, keys.name) : node.name;
}

/** The node as the subject or object of a sentence ("the PC"). */
export function nodePhrase(nodes: ReadonlyMap<string, NodeLike>, id: string, lang: string): string {
  const node = resolveNode(nodes, id);
  const keys = standardNamed(node);
  return keys ? translate(lang, keys.who) : translate(lang, 'who.named', { name: node.name });
}

/** Sentences start with a capital where the language has them ("the PC ..." becomes "The PC ..."). */
function capitalise(text: string): string {
  const first = text.charAt(0);
  return first.toLocaleUpperCase() === first ? text : first.toLocaleUpperCase() + text.slice(1);
}

export function isStoryKey(key: string): key is StoryKey {
  return Object.hasOwn(storyCatalog('en'), key);
}

export function narrate(nodes: ReadonlyMap<string, NodeLike>, lang: string, n: Narration): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(n.params)) {
    params[name] =
      NODE_PARAMS.includes(name) && typeof value === 'string' ? nodePhrase(nodes, value, lang) : value;
  }
  const icmp = n.params[ICMP_PARAM];
  const numbers = typeof icmp === 'string' ? parseIcmpParam(icmp) : undefined;
  if (numbers) params[ICMP_PARAM] = icmpDescription(lang, numbers);
  if (!isStoryKey(n.key)) throw new RangeError(`unknown story key "${n.key}"`);
  return capitalise(translate(lang, n.key, params as Params));
}

/** A step's whole text: its main sentence and the ones that add to it. */
export function narrateAll(
  nodes: ReadonlyMap<string, NodeLike>,
  lang: string,
  main: Narration,
  extra: Narration[],
): string {
  return joinSentences([main, ...extra].map((n) => narrate(nodes, lang, n)));
}
