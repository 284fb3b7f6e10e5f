/**
 * The menu of topics, in the order the original site lists them, and the scenes of each. A scene is shown
 * as playable only when its scenario exists; everything else is marked as coming, never linked.
 */
import type { UiKey } from '../i18n/en/ui.ts';
import type { Scenario } from '../scenarios/types.ts';

export interface TopicScene {
  /** The last part of its link: `#/ftp/active`. */
  slug: string;
  scenario: string;
  title: UiKey;
  summary: UiKey;
}

/** A page of a topic that is read, not played: `#/ftp/overview`. */
export interface TopicPage {
  slug: 'overview';
  title: UiKey;
  summary: UiKey;
}

export interface Topic {
  id: string;
  title: UiKey;
  summary: UiKey;
  intro: UiKey[];
  scenes: TopicScene[];
  pages?: TopicPage[];
}

function topic(
  id: string,
  title: UiKey,
  summary: UiKey,
  scenes: TopicScene[] = [],
  intro: UiKey[] = [],
  pages: TopicPage[] = [],
): Topic {
  return { id, title, summary, intro, scenes, pages };
}

export const TOPICS: readonly Topic[] = [
  topic('network', 'topic.network.title', 'topic.network.summary'),
  topic('website', 'topic.website.title', 'topic.website.summary'),
  topic('email', 'topic.email.title', 'topic.email.summary'),
  topic(
    'ftp',
    'topic.ftp.title',
    'topic.ftp.summary',
    [
      {
        slug: 'active',
        scenario: 'ftp-active',
        title: 'scene.ftp-active.title',
        summary: 'scene.ftp-active.summary',
      },
      {
        slug: 'passive',
        scenario: 'ftp-passive',
        title: 'scene.ftp-passive.title',
        summary: 'scene.ftp-passive.summary',
      },
      {
        slug: 'ftps-active',
        scenario: 'ftps-active',
        title: 'scene.ftps-active.title',
        summary: 'scene.ftps-active.summary',
      },
      {
        slug: 'ftps-passive',
        scenario: 'ftps-passive',
        title: 'scene.ftps-passive.title',
        summary: 'scene.ftps-passive.summary',
      },
      { slug: 'sftp', scenario: 'sftp', title: 'scene.sftp.title', summary: 'scene.sftp.summary' },
      { slug: 'scp', scenario: 'scp', title: 'scene.scp.title', summary: 'scene.scp.summary' },
      {
        slug: 'http',
        scenario: 'http-download',
        title: 'scene.http-download.title',
        summary: 'scene.http-download.summary',
      },
    ],
    ['topic.ftp.intro', 'topic.ftp.intro2'],
    [{ slug: 'overview', title: 'overview.title', summary: 'overview.summary' }],
  ),
  topic('vpn', 'topic.vpn.title', 'topic.vpn.summary'),
  topic('devices', 'topic.devices.title', 'topic.devices.summary'),
  topic('dns', 'topic.dns.title', 'topic.dns.summary'),
  topic('lan', 'topic.lan.title', 'topic.lan.summary'),
  topic('ip-address', 'topic.ip-address.title', 'topic.ip-address.summary'),
  topic('pc-port', 'topic.pc-port.title', 'topic.pc-port.summary'),
  topic('layers', 'topic.layers.title', 'topic.layers.summary'),
  topic('tcp-udp', 'topic.tcp-udp.title', 'topic.tcp-udp.summary'),
  topic('ip', 'topic.ip.title', 'topic.ip.summary'),
];

export function findTopic(id: string): Topic | undefined {
  return TOPICS.find((t) => t.id === id);
}

/** The scenes of a topic whose scenario exists, with it. */
export function playableScenes(
  topic: Topic,
  scenarios: readonly Scenario[],
): Array<{ scene: TopicScene; scenario: Scenario }> {
  const out: Array<{ scene: TopicScene; scenario: Scenario }> = [];
  for (const scene of topic.scenes) {
    const scenario = scenarios.find((s) => s.id === scene.scenario);
    if (scenario) out.push({ scene, scenario });
  }
  return out;
}

/** The topic and scene a scenario is played in, for links from the list of packets. */
export function sceneOf(scenarioId: string): { topic: Topic; scene: TopicScene } | undefined {
  for (const t of TOPICS) {
    const scene = t.scenes.find((s) => s.scenario === scenarioId);
    if (scene) return { topic: t, scene };
  }
  return undefined;
}
