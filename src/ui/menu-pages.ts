/**
 * The top scene (the menu of topics) and a topic's page (its scenes). Topics and scenes that are not built
 * yet are shown as coming, as plain text: a learner never follows a link to nothing.
 */
import type { Scenario } from '../scenarios/types.ts';
import { pageHash, sceneHash, topicHash } from './app-route.ts';
import { el, problemsNotice } from './dom.ts';
import { maybeText, text } from './text.ts';
import { playableScenes, TOPICS, type Topic } from './topics.ts';

function words(key: string): string {
  return maybeText(key) ?? key;
}

export function mountTopPage(root: HTMLElement, scenarios: readonly Scenario[], problems: string[]): void {
  const list = el('ul', { className: 'cards topics' }, { 'aria-labelledby': 'topics-title' });
  for (const topic of TOPICS) {
    const count = playableScenes(topic, scenarios).length;
    const titleText = words(topic.title);
    const summary = el('p', { className: 'card-summary', textContent: words(topic.summary) });
    if (count > 0) {
      const link = el(
        'a',
        { className: 'card card-link' },
        { href: topicHash(topic), 'data-topic': topic.id },
        [
          el('span', { className: 'card-title', textContent: titleText }),
          summary,
          el('span', { className: 'card-meta', textContent: text('top.scenes', { count }) }),
        ],
      );
      list.append(el('li', {}, {}, [link]));
    } else {
      const card = el('div', { className: 'card card-coming' }, { 'data-topic': topic.id }, [
        el('span', { className: 'card-title', textContent: titleText }),
        summary,
        el('span', { className: 'badge', textContent: text('top.coming') }),
      ]);
      list.append(el('li', {}, {}, [card]));
    }
  }
  root.replaceChildren(
    el('div', { className: 'menu-page' }, {}, [
      el('h1', { textContent: text('top.title') }),
      el('p', { className: 'lead', textContent: text('top.lead') }),
      problemsNotice(text('link.problemsTitle'), problems),
      el('h2', { id: 'topics-title', textContent: text('top.topics') }),
      list,
      el('h2', { textContent: text('top.captureTitle') }),
      el('p', {}, {}, [
        el(
          'a',
          { className: 'card card-link capture-card' },
          { href: '#/capture', 'data-topic': 'capture' },
          [
            el('span', { className: 'card-title', textContent: text('top.captureLink') }),
            el('span', { className: 'card-summary', textContent: text('top.captureSummary') }),
          ],
        ),
      ]),
    ]),
  );
}

export function mountTopicPage(
  root: HTMLElement,
  topic: Topic,
  scenarios: readonly Scenario[],
  problems: string[],
): void {
  const playable = playableScenes(topic, scenarios);
  const body: HTMLElement[] = [
    el('h1', { textContent: words(topic.title) }),
    problemsNotice(text('link.problemsTitle'), problems),
  ];
  for (const key of topic.intro) body.push(el('p', { className: 'lead', textContent: words(key) }));
  if (topic.scenes.length === 0 || playable.length === 0) {
    body.push(el('p', { className: 'notice', textContent: text('topic.comingPage') }));
  }
  if (topic.scenes.length > 0) {
    const list = el('ul', { className: 'cards scenes' }, { 'aria-labelledby': 'scenes-title' });
    // Pages to read come first: an overview is where a learner starts.
    for (const page of topic.pages ?? []) {
      list.append(
        el('li', {}, {}, [
          el(
            'a',
            { className: 'card card-link card-page' },
            { href: pageHash(topic, page), 'data-page': page.slug },
            [
              el('span', { className: 'card-title', textContent: words(page.title) }),
              el('p', { className: 'card-summary', textContent: words(page.summary) }),
            ],
          ),
        ]),
      );
    }
    for (const scene of topic.scenes) {
      const ready = playable.some((p) => p.scene === scene);
      const parts = [
        el('span', { className: 'card-title', textContent: words(scene.title) }),
        el('p', { className: 'card-summary', textContent: words(scene.summary) }),
      ];
      if (ready) {
        const href = sceneHash(topic, scene);
        list.append(
          el('li', {}, {}, [
            el('a', { className: 'card card-link' }, { href, 'data-scene': scene.slug }, parts),
          ]),
        );
      } else {
        parts.push(el('span', { className: 'badge', textContent: text('scene.coming') }));
        list.append(
          el('li', {}, {}, [
            el('div', { className: 'card card-coming' }, { 'data-scene': scene.slug }, parts),
          ]),
        );
      }
    }
    body.push(el('h2', { id: 'scenes-title', textContent: text('topic.scenesHeading') }), list);
  }
  root.replaceChildren(el('div', { className: 'menu-page' }, {}, body));
}
