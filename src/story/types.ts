/**
 * A story: the trace told as numbered steps, at one level of detail. Steps never invent packets: each
 * names the packets of the trace it shows (by packet id), and the other events it explains.
 */
import type { Micros } from '../core/clock.ts';

export type Level = 'elementary' | 'standard' | 'expert';
export const LEVELS: readonly Level[] = ['elementary', 'standard', 'expert'];

/**
 * A sentence to say, as a catalog key and its parameters, so that every language can say it whole.
 * Parameters named `actor`, `peer`, `owner`, `from` and `to` hold node ids; they are said as the node's
 * name in the sentence's language ("the PC"), so a narration is the same whatever the language.
 */
export interface Narration {
  key: string;
  params: Record<string, string | number>;
}

export interface StoryStep {
  /** 1-based step number, as learners count. */
  n: number;
  /** The node that acts in this step (`pc`, `server`, a router), or `firewall` for the PC's firewall. */
  actor: string;
  /** What learners call the actor: `PC`, `Server`, `Firewall`. */
  actorName: string;
  /** TCP flags of the step's packet(s) as the command line writes them, empty when there is no packet. */
  flags: string;
  narration: Narration;
  /** Further sentences that add to the main one (a retransmission, a loss), said after it. */
  extra?: Narration[];
  /** The narration (and the extra sentences) in the story's language. */
  text: string;
  /** Ids of the packets (WireEvent.packet) this step shows, in the order they are sent. */
  packets: number[];
  /**
   * Packets that cross the network during this step without being what it tells (an acknowledgement the
   * step does not mention, a reply on another connection), so that a player can show them too. Every packet
   * the story knows is in exactly one step's `packets` or `background`, unless two steps share it.
   */
  background?: number[];
  /** Indexes into trace.events of the other events this step is about (a firewall decision, an action). */
  events: number[];
  /** The span of trace time the step covers. */
  start: Micros;
  end: Micros;
  /** The connection the step is about, if one. */
  conn?: string;
}

export interface Story {
  level: Level;
  lang: string;
  title: string;
  steps: StoryStep[];
  /** Notes for teachers: where the scene departs from a simplification, and why. */
  notes: string[];
}
