/** The stage's words from the page catalog, in the shape the SVG painter asks for. */
import type { StageText } from '../render/svg.ts';
import { text } from './text.ts';

export function stageText(): StageText {
  return {
    packet: (p, from, to) =>
      p.state === 'dropped'
        ? text('stage.packetDropped', { id: p.id, flags: p.flags, from })
        : text('stage.packet', { id: p.id, flags: p.flags, from, to }),
    firewall: text('stage.firewall'),
    lane: (lane, expert) => {
      if (lane.state === 'closed') return text('stage.laneClosed', { label: lane.label });
      if (expert && lane.leftPort !== undefined && lane.rightPort !== undefined) {
        return text('stage.laneExpert', { label: lane.label, left: lane.leftPort, right: lane.rightPort });
      }
      return lane.port !== undefined
        ? text('stage.lane', { label: lane.label, port: lane.port })
        : text('stage.laneNoPort', { label: lane.label });
    },
    note: (note) => {
      if (note.kind === 'drop') return text('stage.dropped', { reason: note.text });
      if (note.kind === 'change') return text('stage.changed', { description: note.text });
      return text('stage.lost');
    },
  };
}
