import { describe, expect, test } from 'vitest';
import type { WireEvent } from '../core/trace.ts';
import { getScenario } from '../scenarios/index.ts';
import { buildStory } from '../story/build.ts';
import type { Level } from '../story/types.ts';
import { frameAt } from './frame.ts';
import { packetDetails } from './inspect.ts';
import { type PayloadOptions, packetLines } from './labels.ts';
import { ladderLabel } from './ladder.ts';
import { layoutStage } from './layout.ts';
import { makeScene } from './scene.ts';
import { stageMarkup } from './svg.ts';
import { LEAD, MOTION, STEP_MS, stepStart } from './timing.ts';

const words = { sealed: (bytes: number) => `sealed ${bytes}` };
const WIRE: PayloadOptions = { view: 'wire', words };
const ENDS: PayloadOptions = { view: 'ends', words };
const stageWords = {
  packet: (p: { id: number }) => `packet ${p.id}`,
  firewall: 'Firewall',
  lane: (lane: { label: string }) => lane.label,
  note: (note: { text: string }) => note.text,
};
const t = ((key: string, params: Record<string, string | number> = {}) =>
  `${key} ${JSON.stringify(params)}`) as unknown as Parameters<typeof packetDetails>[3];

function run(id: string, level: Level = 'standard') {
  const scenario = getScenario(id);
  if (!scenario) throw new Error(`${id} is missing`);
  const trace = scenario.run({ files: 1 });
  const scene = makeScene(trace, buildStory(trace, level));
  // The password, whether the FTP command crosses in clear or sealed in a TLS record.
  const pass = trace.events.find(
    (e): e is WireEvent =>
      e.type === 'wire' &&
      e.app !== undefined &&
      (e.app.text.startsWith('PASS') || ('inner' in e.app && e.app.inner?.text.startsWith('PASS') === true)),
  );
  if (!pass) throw new Error(`no PASS in ${id}`);
  return { trace, scene, pass };
}

describe('encrypted payloads seen from the wire and from the two ends', () => {
  test('FTPS: on the wire the PASS record shows its type and size only; at the ends the command, still locked', () => {
    const { pass } = run('ftps-passive');
    const bytes = pass.tcp?.payloadLength ?? 0;
    expect(bytes).toBeGreaterThan(0);
    const wire = packetLines(pass, 'standard', undefined, 40, WIRE);
    expect(wire).toEqual(['PSH+ACK', 'TLS Application Data', `sealed ${bytes}`]);
    expect(wire.join(' ')).not.toContain('secret');
    const ends = packetLines(pass, 'standard', undefined, 40, ENDS);
    expect(ends).toEqual(['PSH+ACK', 'PASS secret']);
    // Without the page's words the size is still told, in bytes.
    expect(packetLines(pass, 'elementary', undefined, 40)).toContain(`${bytes} B`);
    // On a narrow envelope the size survives, in bytes, rather than being cut off.
    expect(packetLines(pass, 'standard', undefined, 8, WIRE)[2]).toBe(`${bytes} B`);
    const expert = packetLines(pass, 'expert', { seq: 1, ack: 1 }, 40, WIRE);
    expect(expert).toHaveLength(5);
    expect(expert.at(-1)).toBe(`sealed ${bytes}`);
  });

  test('plain FTP: the password is readable on the wire, and nothing is locked', () => {
    const { scene, pass } = run('ftp-passive');
    expect(packetLines(pass, 'standard', undefined, 40, WIRE)).toEqual(['PSH+ACK', 'PASS secret']);
    expect(scene.sealed).toBe(false);
    expect(scene.decrypted).toBe(false);
    expect(layoutStage(scene, { width: 1000 }).envelope.lines).toBe(2);
  });

  test('the stage draws sealed envelopes with a padlock in both views, and their labels follow the view', () => {
    // The expert level tells every packet, so the password has a step of its own.
    const { scene, pass } = run('ftps-passive', 'expert');
    expect(scene.sealed).toBe(true);
    expect(scene.decrypted).toBe(true);
    const layout = layoutStage(scene, { width: 1000 });
    expect(layout.envelope.lines).toBe(5);
    const k = scene.steps.findIndex((s) => s.packets.includes(pass.packet) && !s.background.has(pass.packet));
    expect(k).toBeGreaterThanOrEqual(0);
    for (const payload of [WIRE, ENDS]) {
      // Halfway through its flight, before any answer can take its place.
      const frame = frameAt(scene, layout, stepStart(k) + (LEAD + MOTION / 2) * STEP_MS, { payload });
      const drawn = frame.packets.find((p) => p.id === pass.packet);
      expect(drawn?.locked).toBe(true);
      expect(drawn?.lines.includes('PASS secret')).toBe(payload.view === 'ends');
      const markup = stageMarkup(frame, layout, stageWords);
      const envelope = markup.slice(markup.indexOf(`data-packet="${pass.packet}"`));
      expect(envelope.slice(0, envelope.indexOf('</g></g>'))).toContain('lock-shackle');
      expect(markup).toMatch(new RegExp(`class="pkt [^"]* locked" data-packet="${pass.packet}"`));
    }
  });

  test('the ladder names the record and its size on the wire, the command at the ends', () => {
    const { scene, pass } = run('ftps-passive', 'expert');
    const bytes = pass.tcp?.payloadLength ?? 0;
    const wire = ladderLabel(scene, pass.packet, 'expert', WIRE);
    expect(wire).toContain('TLS Application Data');
    expect(wire).toContain(`sealed ${bytes}`);
    expect(wire).not.toContain('PASS');
    const ends = ladderLabel(scene, pass.packet, 'expert', ENDS);
    expect(ends).toContain('PASS secret');
    expect(ends).not.toContain('sealed');
  });

  test('the inspector shows a length on the wire and the decrypted FTP command at the ends', () => {
    const { scene, pass } = run('ftps-passive', 'expert');
    const wire = packetDetails(scene, pass.packet, 0, t, 'wire');
    expect(wire?.layers.map((l) => l.text.split(' ')[0])).toEqual([
      'inspector.ip',
      'inspector.tcp',
      'inspector.sealed.layer',
    ]);
    expect(wire?.sealed).toMatch(/^inspector\.sealed\.wire/);
    const wireText = JSON.stringify(wire);
    expect(wireText).toContain(`inspector.sealed.bytes {\\"bytes\\":${pass.tcp?.payloadLength}}`);
    expect(wireText).toContain('inspector.sealed.noCopy');
    expect(wireText).not.toContain('secret');

    const ends = packetDetails(scene, pass.packet, 0, t, 'ends');
    expect(ends?.layers.map((l) => l.text.split(' ')[0])).toEqual([
      'inspector.ip',
      'inspector.tcp',
      'inspector.sealed.layer',
      'inspector.app.ftp',
    ]);
    expect(ends?.sealed).toMatch(/^inspector\.sealed\.ends/);
    expect(JSON.stringify(ends)).toContain('inspector.ftp.argument {\\"value\\":\\"secret\\"}');

    const plain = run('ftp-passive', 'expert');
    const clear = packetDetails(plain.scene, plain.pass.packet, 0, t, 'wire');
    expect(clear?.sealed).toBeUndefined();
    expect(JSON.stringify(clear)).toContain('inspector.ftp.argument {\\"value\\":\\"secret\\"}');
  });

  test('SSH after NEWKEYS: the SFTP request is sealed on the wire and read at the ends', () => {
    const scenario = getScenario('sftp');
    if (!scenario) throw new Error('sftp is missing');
    const trace = scenario.run({ files: 1 });
    const open = trace.events.find(
      (e): e is WireEvent =>
        e.type === 'wire' &&
        e.app !== undefined &&
        'inner' in e.app &&
        e.app.inner?.text === 'SFTP OPEN a.txt WRITE|CREAT|TRUNC',
    );
    if (!open) throw new Error('no SFTP OPEN in the trace');
    expect(packetLines(open, 'standard', undefined, 40, WIRE)).toEqual([
      'PSH+ACK',
      'SSH Encrypted packet',
      `sealed ${open.tcp?.payloadLength}`,
    ]);
    expect(packetLines(open, 'standard', undefined, 40, ENDS)).toEqual([
      'PSH+ACK',
      'SFTP OPEN a.txt WRITE|CREAT|TRUNC',
    ]);
  });
});
