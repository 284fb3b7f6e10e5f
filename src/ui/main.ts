/**
 * The app shell: reads the address, shows the page it names (topics, a topic, a scene's player, a list of
 * packets) and follows the address as it changes. A page that fails to start says so instead of staying
 * blank.
 *
 * Every page speaks one language, chosen in this order: the link's `lang=`, the language this visit
 * already uses, the learner's saved choice, the browser's languages, English. Its catalogs are loaded
 * before the page is drawn, and `<html lang dir>` follows it.
 */
import './style.css';
import {
  DEFAULT_LANG,
  isLanguage,
  type Lang,
  LOCALES,
  languages,
  loadLanguage,
  locale,
  matchLanguage,
} from '../i18n/index.ts';
import { scenarios } from '../scenarios/index.ts';
import { type AppRoute, parseAppHash, topicHash } from './app-route.ts';
import { isCaptureHash } from './capture/capture-route.ts';
import type { CapturePage } from './capture/page.ts';
import { el, errorNotice } from './dom.ts';
import { mountTopicPage, mountTopPage } from './menu-pages.ts';
import { mountOverviewPage } from './overview-page.ts';
import type { PlayerPage } from './player-page.ts';
import { maybeText, setUiLanguage, text, uiLanguage } from './text.ts';
import type { TracePage } from './trace-page.ts';

// The menus draw from the first download; the player (the stage, the story's telling), the packet list
// and the capture page come as chunks of their own when a page of theirs opens, so the first download
// stays small as the stories grow.
const playerModule = () => import('./player-page.ts');
const tracePageModule = () => import('./trace-page.ts');
const capturePageModule = () => import('./capture/page.ts');

const root = document.getElementById('app');
const crumbs = document.getElementById('crumbs');
if (!root) throw new Error('index.html has no element with id "app"');

/** Where the learner's choice of language is kept between visits. */
const STORAGE_KEY = 'tcpip-animation.lang';

let player: PlayerPage | null = null;
let packets: TracePage | null = null;
let capture: CapturePage | null = null;
/** The language of the page on screen, so that following a link without `lang=` keeps it. */
let visitLang: Lang | null = null;
/** Counts the pages asked for, so that a slow language download cannot draw over a newer page. */
let generation = 0;

// ---- choosing the language -------------------------------------------------------------------------

function hashQuery(hash: string): URLSearchParams {
  const q = hash.indexOf('?');
  return new URLSearchParams(q === -1 ? '' : hash.slice(q + 1));
}

function savedLang(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be switched off; the choice then lasts only for this visit.
    return null;
  }
}

function saveLang(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // As above: nowhere to keep it.
  }
}

function browserLang(): Lang | undefined {
  const list = navigator.languages?.length ? navigator.languages : [navigator.language];
  return matchLanguage(list.filter((t): t is string => typeof t === 'string'));
}

function chooseLang(hash: string): Lang {
  const fromLink = hashQuery(hash).get('lang');
  if (fromLink !== null && isLanguage(fromLink)) return fromLink;
  if (visitLang) return visitLang;
  const saved = savedLang();
  if (saved !== null && isLanguage(saved)) return saved;
  return browserLang() ?? DEFAULT_LANG;
}

/** The same address with `lang=` set, for the pages whose links carry a language. */
function hashWithLang(hash: string, lang: Lang): string {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const q = body.indexOf('?');
  const path = q === -1 ? body : body.slice(0, q);
  const params = new URLSearchParams(q === -1 ? '' : body.slice(q + 1));
  params.set('lang', lang);
  return `#${path || '/'}?${params}`;
}

/** The trace page reads every parameter as a switch, so its links are left without a language. */
function linkCarriesLang(hash: string): boolean {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  return !body.replace(/^\/+/, '').startsWith('trace');
}

// ---- the header --------------------------------------------------------------------------------------

const picker = el('select', { id: 'lang-picker', className: 'lang-picker' }, { name: 'lang' });
for (const l of LOCALES) {
  const option = new Option(l.name, l.code);
  option.lang = l.code;
  option.dir = l.dir;
  picker.append(option);
}
const pickerBox = el('div', { className: 'lang-box' }, {}, [picker]);
document.querySelector('.site-header')?.append(pickerBox);

picker.addEventListener('change', () => {
  const lang = picker.value;
  if (!isLanguage(lang)) return;
  saveLang(lang);
  visitLang = lang;
  const hash = window.location.hash || '#/';
  if (linkCarriesLang(hash)) {
    const next = hashWithLang(hash, lang);
    if (next !== window.location.hash) {
      window.location.hash = next;
      return;
    }
  }
  void start(root, true);
});

function applyLanguage(lang: Lang): void {
  setUiLanguage(lang);
  const info = locale(lang);
  document.documentElement.lang = lang;
  document.documentElement.dir = info.dir;
  picker.value = lang;
  picker.setAttribute('aria-label', info.label);
  picker.title = info.label;
  crumbs?.setAttribute('aria-label', text('nav.label'));
  // What a search result or a shared link shows, and the name in the header, follow the language too.
  document.querySelector('meta[name="description"]')?.setAttribute('content', text('app.tagline'));
  const brand = document.getElementById('brand-name');
  if (brand) brand.textContent = text('app.name');
}

// ---- the pages ---------------------------------------------------------------------------------------

function breadcrumb(route: AppRoute): void {
  if (!crumbs) return;
  const items: HTMLElement[] = [el('a', { textContent: text('nav.home') }, { href: '#/' })];
  const topic =
    route.view === 'topic' || route.view === 'page'
      ? route.topic
      : route.view === 'player'
        ? route.player.topic
        : null;
  if (topic)
    items.push(el('a', { textContent: maybeText(topic.title) ?? topic.id }, { href: topicHash(topic) }));
  if (route.view === 'player') {
    const scene = route.player.scene;
    items.push(el('span', { textContent: maybeText(scene.title) ?? scene.slug }, { 'aria-current': 'page' }));
  }
  if (route.view === 'page')
    items.push(
      el('span', { textContent: maybeText(route.page.title) ?? route.page.slug }, { 'aria-current': 'page' }),
    );
  if (route.view === 'packets')
    items.push(el('span', { textContent: text('player.packetsView') }, { 'aria-current': 'page' }));
  const last = items[items.length - 1];
  if (last && last.tagName === 'A' && route.view !== 'top') last.setAttribute('aria-current', 'page');
  if (route.view === 'top') items[0]?.setAttribute('aria-current', 'page');
  const list = el('ol');
  for (const item of items) list.append(el('li', {}, {}, [item]));
  crumbs.replaceChildren(list);
}

function dropCapture(): void {
  capture?.destroy();
  capture = null;
}

async function show(target: HTMLElement, lang: Lang, relanguaged: boolean, ticket: number): Promise<void> {
  const hash = window.location.hash;
  // The capture page (`#/capture...`) keeps the file it opened while its own address or the language changes.
  if (isCaptureHash(hash)) {
    if (capture) {
      if (relanguaged) capture.relanguage(hash);
      else capture.show(hash);
      return;
    }
    const { mountCapturePage } = await capturePageModule();
    if (ticket !== generation) return;
    dropCapture();
    player?.destroy();
    player = null;
    packets = null;
    crumbs?.replaceChildren();
    capture = mountCapturePage(target, hash);
    window.scrollTo(0, 0);
    return;
  }
  dropCapture();
  const { route, problems } = parseAppHash(hash, scenarios, languages(), lang);
  if (
    !relanguaged &&
    route.view === 'player' &&
    player &&
    problems.length === 0 &&
    player.sameRun(route.player)
  ) {
    player.goToStep(route.player.step);
    return;
  }
  if (!relanguaged && route.view === 'packets' && packets) {
    packets.show(route.hash);
    return;
  }
  // The page's code is fetched before the page on screen is taken down, so nothing goes blank meanwhile.
  const page =
    route.view === 'player'
      ? await playerModule()
      : route.view === 'packets'
        ? await tracePageModule()
        : null;
  if (ticket !== generation) return;
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
    case 'page':
      mountOverviewPage(target, route.page, problems);
      document.title = `${maybeText(route.page.title) ?? route.page.slug} · ${text('app.name')}`;
      break;
    case 'player':
      player = (page as Awaited<ReturnType<typeof playerModule>>).mountPlayer(target, route.player, problems);
      document.title = `${maybeText(route.player.scene.title) ?? route.player.scenario.title} · ${text('app.name')}`;
      break;
    case 'packets':
      packets = (page as Awaited<ReturnType<typeof tracePageModule>>).mountTracePage(
        target,
        scenarios,
        route.hash,
      );
      document.title = `${text('player.packetsView')} · ${text('app.name')}`;
      break;
  }
  if (route.view !== 'player' && !relanguaged) window.scrollTo(0, 0);
}

async function start(target: HTMLElement, relanguaged = false): Promise<void> {
  const ticket = ++generation;
  const lang = chooseLang(window.location.hash);
  try {
    await loadLanguage(lang);
  } catch (err) {
    // Without its catalogs the page can still be read in English, and says why.
    console.error(err);
  }
  if (ticket !== generation) return;
  const shown: Lang = uiLanguageAfter(lang);
  // A link that names another language redraws the page even where the page could follow it in place.
  const changed = shown !== document.documentElement.lang;
  visitLang = shown;
  applyLanguage(shown);
  try {
    await show(target, shown, relanguaged || changed, ticket);
  } catch (err) {
    console.error(err);
    target.replaceChildren(errorNotice(text('app.failed'), err));
  }
}

/** The language the page can actually use: the one asked for once loaded, English if loading failed. */
function uiLanguageAfter(lang: Lang): Lang {
  setUiLanguage(lang);
  const now = uiLanguage();
  return isLanguage(now) ? now : DEFAULT_LANG;
}

window.addEventListener('hashchange', () => void start(root));
void start(root);
