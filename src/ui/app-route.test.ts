import { describe, expect, it } from 'vitest';
import type { Trace } from '../core/trace.ts';
import { scpScenario, sftpScenario } from '../scenarios/ssh.ts';
import type { Scenario } from '../scenarios/types.ts';
import { type PlayerState, parseAppHash, playerHash, resolveStep } from './app-route.ts';

function fake(id: string): Scenario {
  return {
    id,
    title: id,
    switches: [
      { name: 'firewall', kind: 'choice', values: ['off', 'blocks', 'blocks-then-allows'], default: 'off' },
      { name: 'files', kind: 'integer', values: [1, 2, 3], default: 2, min: 1, max: 100 },
      { name: 'loss', kind: 'number', values: [0, 0.1], default: 0, min: 0, max: 0.9 },
    ],
    run(): Trace {
      throw new Error('not run in these tests');
    },
  };
}

const scenarios = [fake('ftp-active'), fake('ftp-passive')];
const LANGS = ['en'];

function player(hash: string): { player: PlayerState; problems: string[] } {
  const { route, problems } = parseAppHash(hash, scenarios, LANGS);
  if (route.view !== 'player') throw new Error(`expected the player, got ${route.view}`);
  return { player: route.player, problems };
}

describe('the addresses of the app', () => {
  it('opens the topics, a topic, and the list of packets', () => {
    for (const hash of ['', '#', '#/'])
      expect(parseAppHash(hash, scenarios, LANGS)).toEqual({ route: { view: 'top' }, problems: [] });
    const topic = parseAppHash('#/ftp', scenarios, LANGS);
    expect(topic.route.view).toBe('topic');
    expect(topic.route.view === 'topic' && topic.route.topic.id).toBe('ftp');
    expect(parseAppHash('#/trace/ftp-active?files=3', scenarios, LANGS).route).toEqual({
      view: 'packets',
      hash: '#/trace/ftp-active?files=3',
    });
  });

  it('reads a shared moment: scene, step, level, language, switches and seed', () => {
    const { player: p, problems } = player(
      '#/ftp/active?step=8&level=expert&lang=en&firewall=blocks&files=3&loss=0.1&seed=42',
    );
    expect(problems).toEqual([]);
    expect(p.scenario.id).toBe('ftp-active');
    expect(p.scene.slug).toBe('active');
    expect(p.step).toBe('8');
    expect(p.level).toBe('expert');
    expect(p.lang).toBe('en');
    expect(p.values).toEqual({ firewall: 'blocks', files: 3, loss: 0.1 });
    expect(p.seed).toBe(42);
  });

  it('writes a moment so that reading it back gives the same state', () => {
    const { player: p } = player('#/ftp/passive?files=3&seed=9&level=elementary');
    const hash = playerHash({ ...p, step: 5 });
    expect(hash).toBe('#/ftp/passive?step=5&level=elementary&lang=en&firewall=off&files=3&loss=0&seed=9');
    const back = player(hash);
    expect(back.problems).toEqual([]);
    expect({ ...back.player, step: null }).toEqual({ ...p, step: null });
    expect(back.player.step).toBe('5');
  });

  it('explains bad values one by one and keeps the defaults for them', () => {
    const { player: p, problems } = player(
      '#/ftp/active?level=wizard&lang=xx&firewall=sometimes&files=0&loss=2&seed=banana&speed=9&step=3',
    );
    expect(p.level).toBe('standard');
    expect(p.lang).toBe('en');
    expect(p.values).toEqual({ firewall: 'off', files: 2, loss: 0 });
    expect(p.seed).toBe(1);
    expect(p.step).toBe('3');
    expect(problems).toHaveLength(7);
    const all = problems.join('\n');
    for (const word of [
      'wizard',
      'elementary, standard, expert',
      'xx',
      'sometimes',
      'off, blocks',
      '“files”',
      'from 1 to 100',
      'banana',
      'speed',
    ]) {
      expect(all).toContain(word);
    }
  });

  it('falls back to the nearest page that exists for a wrong link', () => {
    const noTopic = parseAppHash('#/nonsense/active', scenarios, LANGS);
    expect(noTopic.route.view).toBe('top');
    expect(noTopic.problems[0]).toContain('nonsense');

    const noScene = parseAppHash('#/ftp/sideways?step=2', scenarios, LANGS);
    expect(noScene.route.view).toBe('topic');
    expect(noScene.problems[0]).toContain('sideways');

    // A scene the menu names but whose scenario is not built yet is not a dead end either.
    const coming = parseAppHash('#/ftp/scp', scenarios, LANGS);
    expect(coming.route.view).toBe('topic');
    expect(coming.problems[0]).toContain('scp');

    const comingTopic = parseAppHash('#/dns', scenarios, LANGS);
    expect(comingTopic.route.view).toBe('topic');
    expect(comingTopic.problems).toEqual([]);

    expect(parseAppHash('#/%E0%A4%A', scenarios, LANGS).route.view).toBe('top');
  });
});

describe('the direction switch of the SSH scenes', () => {
  const ssh = [sftpScenario, scpScenario];

  it('reads upload by default, download when asked, and explains a direction that does not exist', () => {
    const read = (hash: string) => {
      const { route, problems } = parseAppHash(hash, ssh, LANGS);
      if (route.view !== 'player') throw new Error(`expected the player, got ${route.view}`);
      return { values: route.player.values, problems };
    };
    expect(read('#/ftp/sftp').values.direction).toBe('upload');
    expect(read('#/ftp/scp?direction=download')).toMatchObject({
      values: { direction: 'download' },
      problems: [],
    });
    const wrong = read('#/ftp/sftp?direction=sideways');
    expect(wrong.values.direction).toBe('upload');
    expect(wrong.problems.join('\n')).toContain('sideways');
  });
});

describe('resolveStep', () => {
  it('takes a step that exists', () => {
    expect(resolveStep('1', 24)).toEqual({ index: 0 });
    expect(resolveStep('24', 24)).toEqual({ index: 23 });
    expect(resolveStep(' 8 ', 24)).toEqual({ index: 7 });
    expect(resolveStep(null, 24)).toEqual({ index: 0 });
  });

  it('explains a step that does not, and shows the nearest end', () => {
    const beyond = resolveStep('99', 24);
    expect(beyond.index).toBe(23);
    expect(beyond.problem).toContain('from 1 to 24');
    expect(beyond.problem).toContain('99');
    for (const bad of ['0', '-3', '2.5', 'eight', '', '1e3']) {
      const r = resolveStep(bad, 24);
      expect(r.index, bad).toBe(0);
      expect(r.problem, bad).toContain(`“${bad}”`);
    }
  });
});

describe('the view of encrypted payloads and the overview page', () => {
  it('keeps the view in the link: the wire by default, the ends when asked, and says why a bad one is refused', () => {
    expect(player('#/ftp/passive').player.view).toBe('wire');
    const ends = player('#/ftp/passive?view=ends&step=3');
    expect(ends.problems).toEqual([]);
    expect(ends.player.view).toBe('ends');
    const bad = player('#/ftp/passive?view=inside');
    expect(bad.player.view).toBe('wire');
    expect(bad.problems).toEqual(['The view must be one of wire, ends, not “inside”. Using wire.']);
  });

  it('writes the view only for scenes that have encrypted payloads, and reads it back', () => {
    const { player: p } = player('#/ftp/passive?view=ends');
    expect(playerHash({ ...p, step: 2 })).not.toContain('view=');
    const sealed = playerHash({ ...p, step: 2 }, true);
    expect(sealed).toContain('&view=ends&');
    expect(player(sealed).player.view).toBe('ends');
  });

  it('opens the overview of a topic as a page of its own', () => {
    const { route, problems } = parseAppHash('#/ftp/overview', scenarios, LANGS);
    expect(problems).toEqual([]);
    expect(route.view === 'page' && [route.topic.id, route.page.slug]).toEqual(['ftp', 'overview']);
  });
});
