/**
 * Notes for teachers: where what the scene shows departs from the simple telling of the seed, and why.
 * Each note is said only when the trace at hand gives a reason for it.
 */
import { formatFlags } from '../core/packet.ts';
import type { PacketInfo, TraceIndex } from './analysis.ts';
import { type Beat, say } from './beats.ts';
import { sshNotes } from './ssh.ts';
import { connParts, ftpShape } from './standard.ts';
import type { Level, Narration, StoryStep } from './types.ts';

function seconds(micros: number): string {
  return `${Number((micros / 1_000_000).toFixed(3))} s`;
}

export function teacherNotes(ix: TraceIndex, level: Level, beats: Beat[], steps: StoryStep[]): Narration[] {
  const notes: Narration[] = [];
  const shape = ftpShape(ix);
  const stepOf = (pred: (b: Beat) => boolean) => beats.findIndex(pred) + 1;

  if (shape) {
    const loginStep = stepOf((b) => b.key.startsWith('std.login') || b.key === 'ele.login');
    const loginBeat = beats[loginStep - 1];
    if (loginStep > 0 && loginBeat) {
      const commands = String(loginBeat.params.commands ?? '');
      const count = Number(loginBeat.params.count ?? 0);
      if (count > 1) notes.push(say('note.login', { step: loginStep, count, commands }));
    }
    const greeting = shape.control.packets.some(
      (p) => p.origin === shape.server && p.view.app?.text.startsWith('220'),
    );
    if (greeting && level !== 'expert') notes.push(say('note.greeting'));
    if (level === 'standard' && beats.some((b) => b.key.startsWith('std.replies')))
      notes.push(say('note.reply-flags'));

    // The seed lets the PC acknowledge the file before the server's FIN; real stacks send the FIN straight
    // after the last bytes, so it is already under way.
    const early = shape.data.some((c) => {
      const parts = connParts(c);
      const fin = parts.fin1[0];
      const ack = parts.dataAcks[0];
      return fin && ack && parts.firstCloser === parts.sender && fin.start < ack.start;
    });
    if (early && level === 'standard') notes.push(say('note.fin-early'));

    if (level === 'standard') {
      const control = connParts(shape.control);
      // When the PC gave up, its QUIT is a step of its own; otherwise nothing tells the session's end.
      const gaveUp = beats.some((b) => b.tag === 'gave-up');
      if (control.fin1.length > 0 && !gaveUp) notes.push(say('note.control-close'));
      if (shape.data.length > 1) {
        notes.push(say(shape.mode === 'active' ? 'note.next-file.active' : 'note.next-file.passive'));
      }
      const announced = shape.control.packets.some(
        (p) => p.view.app?.kind === 'reply' && p.view.app.text.startsWith('150'),
      );
      if (announced) notes.push(say('note.transfer-replies'));
      if (steps.some((s) => (s.background ?? []).length > 0)) notes.push(say('note.background-acks'));
    }

    const fwBeat = beats.find(
      (b) => b.key === 'std.fw.blocks' || b.key === 'ele.fw.blocks' || b.key === 'exp.fw.drop',
    );
    if (fwBeat) {
      const blockedConn = fwBeat.conn !== undefined ? ix.conns.get(fwBeat.conn) : undefined;
      const dropped = new Set(
        ix.firewall.filter((f) => f.event.verdict !== 'allow').map((f) => f.event.packet),
      );
      const tries = blockedConn ? connParts(blockedConn).syns.filter((p) => dropped.has(p.id)) : [];
      if (tries.length > 1) {
        const waits = tries.slice(1).map((p, i) => seconds(p.start - (tries[i] as PacketInfo).start));
        notes.push(say('note.firewall-retries', { count: tries.length, waits: waits.join(', ') }));
      }
      if (level !== 'expert') notes.push(say('note.firewall-actor'));
    }
    if (shape.mode === 'active' && shape.data.length > 0) notes.push(say('note.active-port20'));
    if (shape.mode === 'passive' && shape.data.length > 0) notes.push(say('note.passive-outgoing'));
  }

  notes.push(...sshNotes(ix, level, beats));

  const lost = ix.told.filter((p) => p.lost).length;
  if (lost > 0) notes.push(say('note.loss', { count: lost }));

  // Where the real stack did two things with one segment, two steps show the same packet.
  const seen = new Map<number, number>();
  const pairs = new Set<string>();
  for (const s of steps) {
    for (const id of s.packets) {
      const before = seen.get(id);
      if (before !== undefined && before !== s.n && !pairs.has(`${before}-${s.n}`)) {
        pairs.add(`${before}-${s.n}`);
        const p = ix.packets.get(id);
        notes.push(
          say('note.shared-packet', {
            first: before,
            second: s.n,
            actor: p?.origin ?? s.actor,
            flags: p?.view.tcp ? formatFlags(p.view.tcp.flags) : '',
          }),
        );
      } else if (before === undefined) seen.set(id, s.n);
    }
  }
  return notes;
}
