/**
 * The stage's words from the page catalog, in the shape the painters ask for: node names, lane labels, a
 * firewall's reasons and rule changes, in the page's language. Hosts a capture names by address keep it.
 */
import { FTP_ACTIVE_DATA_PORT } from '../core/apps/ftp/protocol.ts';
import type { FirewallChangeEvent, FirewallEvent, TraceNode } from '../core/trace.ts';
import type { FrameLane } from '../render/frame.ts';
import type { DetailWords } from '../render/inspect.ts';
import type { NodeNamer } from '../render/layout.ts';
import { dropReason, laneTopic, ruleChange } from '../render/stage-words.ts';
import type { StageText } from '../render/svg.ts';
import { icmpDescription } from '../story/icmp-words.ts';
import { actorName } from '../story/narrate.ts';
import { maybeText, text, uiLanguage } from './text.ts';

/** A node's name as the story's actor column writes it in the page's language ("Firewall", "防火墙"). */
export const nodeName: NodeNamer = (node) => actorName(new Map([[node.id, node]]), node.id, uiLanguage());

function laneName(lane: Pick<FrameLane, 'label' | 'purpose'>): string {
  const topic = laneTopic(lane.label, lane.purpose);
  switch (topic.kind) {
    case 'control':
      return text('stage.lane.control');
    case 'data':
      return text('stage.lane.data', { file: topic.file });
    case 'listing':
      return text('stage.lane.listing');
    case 'name':
      return topic.name;
  }
}

/** A rule's description in the page's language, when the catalog knows the rule; the trace's otherwise. */
function ruleText(rule: string, fallback: string): string {
  return maybeText(`stage.rule.${rule}`, { port: FTP_ACTIVE_DATA_PORT }) ?? fallback;
}

export function reasonText(e: FirewallEvent): string {
  const why = dropReason(e);
  const reason =
    why.kind === 'policy'
      ? (maybeText(`stage.reason.${why.case}`) ?? e.reason)
      : ruleText(why.rule, why.text);
  return why.refused ? text('stage.reason.refused', { reason }) : reason;
}

export function changeText(e: FirewallChangeEvent): string {
  const change = ruleChange(e);
  if (change.kind === 'other') return text('stage.changed', { description: change.text });
  const rule = ruleText(change.rule, change.text);
  return change.kind === 'added' ? text('stage.ruleAdded', { rule }) : text('stage.ruleRemoved', { rule });
}

/** What the inspector takes from the trace, in the page's language. */
export function detailWords(nodes: readonly TraceNode[]): DetailWords {
  return {
    node: (id) => {
      const node = nodes.find((n) => n.id === id);
      return node ? nodeName(node) : id;
    },
    reason: reasonText,
    icmp: (icmp) => icmpDescription(uiLanguage(), icmp),
  };
}

export function stageText(): StageText {
  return {
    packet: (p, from, to) =>
      p.state === 'dropped'
        ? text('stage.packetDropped', { id: p.id, flags: p.flags, from })
        : text('stage.packet', { id: p.id, flags: p.flags, from, to }),
    firewall: text('stage.firewall'),
    lane: (lane, expert) => {
      const label = laneName(lane);
      if (lane.state === 'closed') return text('stage.laneClosed', { label });
      if (expert && lane.leftPort !== undefined && lane.rightPort !== undefined) {
        return text('stage.laneExpert', { label, left: lane.leftPort, right: lane.rightPort });
      }
      return lane.port !== undefined
        ? text('stage.lane', { label, port: lane.port })
        : text('stage.laneNoPort', { label });
    },
    note: (note) => {
      if (note.kind === 'drop')
        return text('stage.dropped', { reason: note.drop ? reasonText(note.drop) : note.text });
      if (note.kind === 'change')
        return note.change ? changeText(note.change) : text('stage.changed', { description: note.text });
      return text('stage.lost');
    },
  };
}
