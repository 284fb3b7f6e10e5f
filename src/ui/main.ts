/**
 * The app shell: reads the address, shows the page it names (topics, a topic, a scene's player, a list of
 * packets) and follows the address as it changes. A page that fails to start says so instead of staying
 * blank.
 */
import './style.css';
import { storyLanguages } from '../i18n/index.ts';
import { scenarios } from '../scenarios/index.ts';
import { type AppRoute, parseAppHash, topicHash } from './app-route.ts';
import { type CapturePage, isCaptureHash, mountCapturePage } from './capture/page.ts';
import { el, errorNotice } from './dom.ts';
import { mountTopicPage, mountTopPage } from './menu-pages.ts';
import { mountPlayer, type PlayerPage } from './player-page.ts';
import { maybeText, setUiLanguage, text } from './text.ts';
import { mountTracePage, type TracePage } from './trace-page.ts';

const root = document.getElementById('app');
const crumbs = document.getElementById('crumbs');
if (!root) throw new Error('index.html has no element with id "app"');
crumbs?.setAttribute('aria-label', text('nav.label'));

let player: PlayerPage | null = null;
let packets: TracePage | null = null;
let capture: CapturePage | null = null;

function breadcrumb(route: AppRoute): void {
  if (!crumbs) return;
  const items: HTMLElement[] = [el('a', { textContent: text('nav.home') }, { href: '#/' })];
  const topic = route.view === 'topic' ? route.topic : route.view === 'player' ? route.player.topic : null;
  if (topic)
    items.push(el('a', { textContent: maybeText(topic.title) ?? topic.id }, { href: topicHash(topic) }));
  if (route.view === 'player') {
    const scene = route.player.scene;
    items.push(el('span', { textContent: maybeText(scene.title) ?? scene.slug }, { 'aria-current': 'page' }));
  }
  if (route.view === 'packets')
    items.push(el('span', { textContent: text('player.packetsView') }, { 'aria-current': 'page' }));
  const last = items[items.length - 1];
  if (last && last.tagName === 'A' && route.view !== 'top') last.setAttribute('aria-current', 'page');
  if (route.view === 'top') items[0]?.setAttribute('aria-current', 'page');
  const list = el('ol');
  for (const item of items) list.append(el('li', {}, {}, [item]));
  crumbs.replaceChildren(list);
}

function show(target: HTMLElement): void {
  // The capture page (`#/capture...`) keeps the file it opened while its own address changes.
  if (isCaptureHash(window.location.hash)) {
    if (capture) {
      capture.show(window.location.hash);
      return;
    }
    player?.destroy();
    player = null;
    packets = null;
    capture = mountCapturePage(target, window.location.hash);
    window.scrollTo(0, 0);
    return;
  }
  capture?.destroy();
  capture = null;
  const { route, problems } = parseAppHash(window.location.hash, scenarios, storyLanguages());
  if (route.view === 'player' && player && problems.length === 0 && player.sameRun(route.player)) {
    player.goToStep(route.player.step);
    return;
  }
  if (route.view === 'packets' && packets) {
    packets.show(route.hash);
    return;
  }
  player?.destroy();
  player = null;
  packets = null;
  breadcrumb(route);
  switch (route.view) {
    case 'top':
      mountTopPage(target, scenarios, problems);
      document.title = text('app.name');
      break;
    case 'topic':
      mountTopicPage(target, route.topic, scenarios, problems);
      document.title = `${maybeText(route.topic.title) ?? route.topic.id} · ${text('app.name')}`;
      break;
    case 'player':
      setUiLanguage(route.player.lang);
      player = mountPlayer(target, route.player, problems);
      document.title = `${maybeText(route.player.scene.title) ?? route.player.scenario.title} · ${text('app.name')}`;
      break;
    case 'packets':
      packets = mountTracePage(target, scenarios, route.hash);
      document.title = `${text('player.packetsView')} · ${text('app.name')}`;
      break;
  }
  if (route.view !== 'player') window.scrollTo(0, 0);
}

function start(target: HTMLElement): void {
  try {
    show(target);
  } catch (err) {
    console.error(err);
    target.replaceChildren(errorNotice(text('app.failed'), err));
  }
}

window.addEventListener('hashchange', () => start(root));
start(root);
