import { describe, expect, test } from 'vitest';
import { ftpsActive, ftpsPassive } from '../scenarios/ftps.ts';
import type { ScenarioOptions } from '../scenarios/types.ts';
import { buildStory } from './build.ts';
import { elementaryProblems, expertCoverageProblems, orderProblems, storyProblems } from './check.ts';
import { LEVELS, type Level, type Story } from './types.ts';

/** Every switch combination tells a consistent story at every level; losses with several seeds. */
const MODES = [
  ['ftps-active', ftpsActive],
  ['ftps-passive', ftpsPassive],
] as const;
const TLS = ['1.3', '1.2'] as const;
const FIREWALL = ['off', 'blocks', 'blocks-then-allows'] as const;
const NAT = ['off', 'on', 'on-with-helper'] as const;

/**
 * The problems `check.ts` finds in the three stories of one run. `order` says which levels must keep time
 * order: with losses, the FTP chapter's machinery (which FTPS shares) may tell a retransmitted segment in
 * the step of its first copy, after packets its sender sent in between, so only the expert level (the
 * capture's own order) is held to it there.
 */
function check(
  scenario: (typeof MODES)[number][1],
  options: ScenarioOptions,
  order: readonly Level[] = LEVELS,
): string[] {
  const trace = scenario.run(options);
  const out: string[] = [];
  const stories = Object.fromEntries(LEVELS.map((l) => [l, buildStory(trace, l)])) as Record<Level, Story>;
  for (const story of Object.values(stories)) {
    out.push(...storyProblems(trace, story).map((p) => `${story.level}: ${p}`));
    if (order.includes(story.level))
      out.push(...orderProblems(trace, story).map((p) => `${story.level}: ${p}`));
  }
  out.push(...expertCoverageProblems(trace, stories.expert));
  out.push(...elementaryProblems(stories.elementary, stories.standard));
  return out;
}

const COMBINATIONS = MODES.flatMap(([name, scenario]) =>
  TLS.flatMap((tls) =>
    FIREWALL.flatMap((firewall) => NAT.map((nat) => ({ name, scenario, options: { tls, firewall, nat } }))),
  ),
);
const LOSSES = MODES.flatMap(([name, scenario]) =>
  TLS.flatMap((tls) =>
    [0.05, 0.2].flatMap((loss) =>
      [1, 2, 3, 4, 5].map((seed) => ({ name, scenario, options: { tls, loss, seed } })),
    ),
  ),
);

// One small test per run, so that no test does much work on a busy machine.
describe('FTPS stories hold together for every switch combination', () => {
  test.each(COMBINATIONS)('$name $options', ({ scenario, options }) => {
    for (const files of [1, 3]) {
      expect(check(scenario, { ...options, files }), `files ${files}`).toEqual([]);
    }
  });

  test.each(MODES.flatMap(([name, scenario]) => TLS.map((tls) => ({ name, scenario, tls }))))(
    '$name TLS $tls over IPv6: EPRT and EPSV inside TLS',
    ({ name, scenario, tls }) => {
      for (const firewall of FIREWALL) {
        const options = { tls, firewall, ip: 6 as const };
        expect(check(scenario, options), JSON.stringify(options)).toEqual([]);
        const standard = buildStory(scenario.run(options), 'standard');
        const login = standard.steps.find((s) => s.narration.key.startsWith('std.ftps.login'));
        expect(login?.narration.params.commands).toMatch(name === 'ftps-active' ? /EPRT/ : /EPSV/);
      }
    },
  );

  test.each(LOSSES)('$name with losses $options', ({ scenario, options }) => {
    expect(check(scenario, options, ['expert'])).toEqual([]);
  });
});
