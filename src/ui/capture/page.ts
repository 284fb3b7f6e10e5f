/**
 * The capture page (`#/capture`): a learner opens a pcap or pcapng file of their own, by the file picker
 * or by dropping it anywhere on the page, and watches it play as a scene, or reads its list of packets.
 *
 * The file is read in a worker, never on the page's thread and never over the network: progress is shown
 * as it goes and reading can be cancelled. A damaged file is read up to the damage, and the page says what
 * is wrong and at which byte, and plays what came before.
 */
import './capture.css';
import type { ImportLimits, ImportOutcome, ImportProgress } from '../../capture/stream-import.ts';
import { joinSentences } from '../../i18n/sentences.ts';
import type { Level } from '../../story/types.ts';
import { el, errorNotice } from '../dom.ts';
import type { PlayerPage } from '../player-page.ts';
import { setUiLanguage, text, uiLanguage } from '../text.ts';
import {
  CAPTURE_HASH,
  type CaptureRoute,
  PACKETS_HASH,
  parseCaptureHash,
  sceneHash,
} from './capture-route.ts';
import { type Loading, loadCapture, type WorkerLike } from './loader.ts';
import { createPacketTable } from './packet-table.ts';
import { mountCaptureScene } from './play.ts';
import { count, say, size } from './words.ts';

export { isCaptureHash } from './capture-route.ts';

export interface CapturePage {
  /** Follows the address to another view of the page. */
  show(hash: string): void;
  /** Says everything again in the language now set, keeping the open file and the moment shown. */
  relanguage(hash: string): void;
  destroy(): void;
}

export interface CapturePageOptions {
  limits?: Partial<ImportLimits>;
  makeWorker?: () => WorkerLike;
}

/** What the picker offers first; any file can still be chosen, and is judged by its content. */
const ACCEPT = '.pcap,.pcapng,.cap,.dmp,application/vnd.tcpdump.pcap';

function errorTitle(outcome: ImportOutcome): string {
  if (outcome.unreadable) return say('capture.unreadable');
  if (!outcome.format) return say('capture.notCapture');
  return say('capture.damaged');
}

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

export function mountCapturePage(
  root: HTMLElement,
  hash: string,
  options: CapturePageOptions = {},
): CapturePage {
  // The app loads and sets the link's language before it shows this page, so the page speaks that one.
  let langs = [uiLanguage()];

  // ---- the page --------------------------------------------------------------------------------------
  const title = el('h1', { id: 'capture-title' });
  const lead = el('p', { className: 'lead' });
  const input = el(
    'input',
    { id: 'capture-file', className: 'file-input' },
    { type: 'file', accept: ACCEPT },
  );
  const pick = el('label', { className: 'file-button' }, { for: input.id });
  const dropHint = el('p', { className: 'capture-hint' });
  const privacy = el('p', { id: 'capture-private', className: 'capture-private' });
  const head = el('header', { className: 'capture-head' }, {}, [
    title,
    lead,
    el('div', { className: 'capture-open' }, {}, [input, pick, dropHint]),
    privacy,
  ]);

  const live = el(
    'p',
    { id: 'capture-live', className: 'sr-only' },
    { role: 'status', 'aria-live': 'polite' },
  );

  const progressName = el('p', { className: 'capture-progress-name' });
  const bar = el('progress', { id: 'capture-bar' }, { max: '1', value: '0' });
  const progressText = el('p', { id: 'capture-progress-text', className: 'capture-progress-text' });
  const cancel = el('button', { id: 'capture-cancel', className: 'capture-cancel' }, { type: 'button' });
  const progressBox = el('section', { id: 'capture-progress', className: 'capture-progress' }, {}, [
    progressName,
    bar,
    el('div', { className: 'capture-progress-row' }, {}, [progressText, cancel]),
  ]);

  const errorBox = el('div', { id: 'capture-error', className: 'notice notice-error' }, { role: 'alert' });
  const infoBox = el('div', { id: 'capture-info', className: 'notice' });

  const summary = el('p', { id: 'capture-summary', className: 'summary' });
  const sceneTab = el('a', { id: 'tab-scene', className: 'capture-tab' }, { href: CAPTURE_HASH });
  const packetsTab = el('a', { id: 'tab-packets', className: 'capture-tab' }, { href: PACKETS_HASH });
  const tabs = el('nav', { className: 'capture-tabs' }, {}, [sceneTab, packetsTab]);
  const sceneBox = el('div', { id: 'capture-scene', className: 'capture-scene' });
  let table = createPacketTable();
  const listBox = el(
    'section',
    { id: 'capture-list', className: 'capture-list' },
    { 'aria-labelledby': title.id },
    [table.element],
  );
  const viewBox = el('section', { id: 'capture-view', className: 'capture-view' }, {}, [
    summary,
    tabs,
    sceneBox,
    listBox,
  ]);

  const dropHere = el('p');
  const dropZone = el('div', { className: 'capture-dropzone' }, { 'aria-hidden': 'true' }, [dropHere]);

  const page = el('div', { className: 'capture-page' }, {}, [
    head,
    live,
    progressBox,
    errorBox,
    infoBox,
    viewBox,
    dropZone,
  ]);
  root.replaceChildren(page);
  for (const box of [progressBox, errorBox, infoBox, viewBox, listBox, dropZone]) box.hidden = true;

  /** The words that do not depend on the file, in the language now set. */
  function applyWords(): void {
    lead.textContent = say('capture.lead');
    dropHint.textContent = say('capture.drop');
    privacy.textContent = say('capture.private');
    bar.setAttribute('aria-label', say('capture.readingLabel'));
    progressBox.setAttribute('aria-label', say('capture.readingLabel'));
    cancel.textContent = say('capture.cancel');
    sceneTab.textContent = say('capture.viewScene');
    packetsTab.textContent = say('capture.viewPackets');
    tabs.setAttribute('aria-label', say('capture.views'));
    viewBox.setAttribute('aria-label', say('capture.views'));
    dropHere.textContent = say('capture.dropHere');
    if (reading !== null) progressName.textContent = say('capture.reading', { file: reading });
    const crumbs = document.getElementById('crumbs');
    if (crumbs) {
      const list = el('ol', {}, {}, [
        el('li', {}, {}, [el('a', { textContent: text('nav.home') }, { href: '#/' })]),
        el('li', {}, {}, [el('span', { textContent: say('capture.crumb') }, { 'aria-current': 'page' })]),
      ]);
      crumbs.replaceChildren(list);
    }
  }

  // ---- state -----------------------------------------------------------------------------------------
  let loading: Loading | null = null;
  /** The name of the file being read, while it is. */
  let reading: string | null = null;
  let capture: ImportOutcome | null = null;
  /** What the last file read turned out to be, playable or not: its notices are said again in a new language. */
  let outcome: ImportOutcome | null = null;
  let player: PlayerPage | null = null;
  let route: CaptureRoute = parseCaptureHash(hash, langs);
  let destroyed = false;

  function setDocumentTitle(): void {
    const name = capture ? capture.fileName : say('capture.title');
    document.title = `${name} · ${text('app.name')}`;
  }

  // ---- reading a file --------------------------------------------------------------------------------
  function showProgress(p: ImportProgress): void {
    const total = Math.max(p.total, 1);
    bar.max = total;
    bar.value = Math.min(p.bytes, total);
    progressText.textContent = say('capture.progress', {
      n: p.packets,
      packets: count(p.packets),
      read: size(p.bytes),
      size: size(p.total),
    });
  }

  function openFile(file: File): void {
    loading?.abandon();
    loading = null;
    errorBox.hidden = true;
    infoBox.hidden = true;
    reading = file.name;
    progressName.textContent = say('capture.reading', { file: file.name });
    live.textContent = say('capture.reading', { file: file.name });
    showProgress({ bytes: 0, total: file.size, frames: 0, packets: 0, connections: 0 });
    progressBox.hidden = false;
    cancel.disabled = false;
    loading = loadCapture(
      file,
      {
        progress: (p) => {
          if (!destroyed) showProgress(p);
        },
        done: (result) => {
          loading = null;
          reading = null;
          if (!destroyed) opened(result);
        },
        failed: (message) => {
          loading = null;
          reading = null;
          if (destroyed) return;
          progressBox.hidden = true;
          const notice = errorNotice(say('capture.failed'), message);
          errorBox.replaceChildren(...notice.childNodes);
          errorBox.hidden = false;
          live.textContent = say('capture.failed');
        },
        stopped: () => {
          loading = null;
          reading = null;
          if (destroyed) return;
          progressBox.hidden = true;
          infoBox.textContent = say('capture.stopped');
          infoBox.hidden = false;
          live.textContent = say('capture.stopped');
        },
      },
      options,
    );
  }

  /** The file's notices (damage, a cut-short reading, caps) and its summary, in the language now set. */
  function describe(outcome: ImportOutcome): string[] {
    const p = outcome.progress;
    const packets = p.packets;

    const error = outcome.error;
    if (error) {
      const parts = [
        el('p', { className: 'notice-title', textContent: errorTitle(outcome) }),
        el('p', {
          className: 'error-message',
          textContent: say('capture.errorAt', { offset: count(error.offset), message: error.message }),
        }),
      ];
      // A file that is no capture at all has no packets to speak of; a damaged one may have some.
      if (packets > 0)
        parts.push(
          el('p', { textContent: say('capture.keptBefore', { n: packets, count: count(packets) }) }),
        );
      else if (outcome.format) parts.push(el('p', { textContent: say('capture.nothingBefore') }));
      errorBox.replaceChildren(...parts);
      errorBox.hidden = false;
    } else {
      errorBox.hidden = true;
    }

    const notes: string[] = [];
    if (outcome.cancelled) {
      const args = { read: size(p.bytes), size: size(p.total) };
      notes.push(packets > 0 ? say('capture.cancelled', args) : say('capture.cancelledEmpty', args));
    }
    if (p.packets > outcome.scenePackets) {
      notes.push(
        outcome.rows.count < p.packets
          ? say('capture.sceneCapped', {
              count: count(outcome.scenePackets),
              rows: count(outcome.rows.count),
            })
          : say('capture.sceneCappedOnly', { count: count(outcome.scenePackets) }),
      );
    }
    if (packets === 0 && !error && !outcome.cancelled) notes.push(say('capture.noPackets'));
    infoBox.replaceChildren(...notes.map((n) => el('p', { textContent: n })));
    infoBox.hidden = notes.length === 0;
    if (packets > 0) {
      const format = outcome.format ?? '';
      summary.textContent = joinSentences([
        say('capture.fileLine', { format, size: size(p.total) }),
        // Only what was read is counted: a stop before the end leaves the rest of the file unknown.
        say(outcome.cancelled || error ? 'capture.countFramesRead' : 'capture.countFrames', {
          n: p.frames,
          count: count(p.frames),
        }),
        say('capture.countPackets', { n: p.packets, count: count(p.packets) }),
        say('capture.countConnections', { n: p.connections, count: count(p.connections) }),
      ]);
    }
    return notes;
  }

  function opened(result: ImportOutcome): void {
    progressBox.hidden = true;
    outcome = result;
    const notes = describe(result);
    const error = result.error;
    const packets = result.progress.packets;

    live.textContent = error
      ? errorTitle(result)
      : result.cancelled
        ? (notes[0] ?? '')
        : say('capture.loaded');

    // The level the learner chose in the player (the address may be behind it) carries over to the new file.
    const level = currentLevel() ?? route.level;
    player?.destroy();
    player = null;
    sceneBox.replaceChildren();
    if (packets === 0) {
      // Nothing to play: whatever was open before stays closed, so the page never shows two files at once.
      capture = null;
      render();
      return;
    }
    capture = result;
    sceneTab.href = CAPTURE_HASH;
    table.setRows(result.rows);
    // A newly opened file starts at its first step, at the level the learner was using.
    const next = sceneHash(level, route.lang);
    window.history.replaceState(null, '', next);
    route = parseCaptureHash(next, langs);
    render();
  }

  // ---- the views -------------------------------------------------------------------------------------
  function currentLevel(): Level | null {
    const checked = sceneBox.querySelector<HTMLInputElement>('input[name="level"]:checked');
    return (checked?.value as Level | undefined) ?? null;
  }

  function showScene(): void {
    if (!capture) return;
    listBox.hidden = true;
    sceneBox.hidden = false;
    if (player && currentLevel() === route.level) {
      player.goToStep(route.step);
      return;
    }
    player?.destroy();
    player = null;
    // The player's words follow the language of the story, as on every scene.
    setUiLanguage(route.lang);
    try {
      player = mountCaptureScene(sceneBox, {
        trace: capture.trace,
        fileName: capture.fileName,
        level: route.level,
        lang: route.lang,
        step: route.step,
      });
    } catch (err) {
      console.error(err);
      sceneBox.replaceChildren(errorNotice(say('capture.sceneError'), err));
    }
  }

  function showPackets(): void {
    // The player listens to the keyboard; a hidden one must not take the keys the list scrolls with.
    player?.destroy();
    player = null;
    sceneBox.replaceChildren();
    sceneBox.hidden = true;
    listBox.hidden = false;
    table.refresh();
  }

  function render(): void {
    const loaded = capture !== null;
    viewBox.hidden = !loaded;
    page.classList.toggle('has-capture', loaded);
    lead.hidden = loaded;
    pick.textContent = loaded ? say('capture.another') : say('capture.choose');
    const packets = loaded && route.view === 'packets';
    // The player brings its own heading (the file's name); the list and the empty page need this one.
    title.hidden = loaded && !packets;
    title.textContent =
      packets && capture ? say('capture.tableTitle', { file: capture.fileName }) : say('capture.title');
    sceneTab.toggleAttribute('aria-current', false);
    packetsTab.toggleAttribute('aria-current', false);
    (packets ? packetsTab : sceneTab).setAttribute('aria-current', 'page');
    setDocumentTitle();
    if (!loaded) {
      player?.destroy();
      player = null;
      return;
    }
    if (packets) showPackets();
    else showScene();
  }

  // ---- wiring ----------------------------------------------------------------------------------------
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it, say) is a change too.
    input.value = '';
    if (file) openFile(file);
  });
  cancel.addEventListener('click', () => {
    cancel.disabled = true;
    loading?.cancel();
  });
  packetsTab.addEventListener('click', () => {
    // The player keeps its moment in the address; the scene tab brings it back to that moment.
    if (route.view !== 'packets' && window.location.hash.startsWith(`${CAPTURE_HASH}/`)) {
      sceneTab.href = window.location.hash;
    }
  });

  let dragDepth = 0;
  const onDragEnter = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    dragDepth++;
    dropZone.hidden = false;
  };
  const onDragOver = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  };
  const onDragLeave = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    dragDepth = Math.max(dragDepth - 1, 0);
    if (dragDepth === 0) dropZone.hidden = true;
  };
  const onDrop = (event: DragEvent) => {
    const files = event.dataTransfer?.files;
    if (!hasFiles(event) && (files?.length ?? 0) === 0) return;
    // Without this the browser would open the file itself, leaving the app.
    event.preventDefault();
    dragDepth = 0;
    dropZone.hidden = true;
    const file = files?.[0];
    if (file) openFile(file);
    else {
      infoBox.replaceChildren(el('p', { textContent: say('capture.dropNotFile') }));
      infoBox.hidden = false;
    }
  };
  document.addEventListener('dragenter', onDragEnter);
  document.addEventListener('dragover', onDragOver);
  document.addEventListener('dragleave', onDragLeave);
  document.addEventListener('drop', onDrop);

  // ---- start -----------------------------------------------------------------------------------------
  applyWords();
  if (route.view !== 'home') {
    infoBox.replaceChildren(el('p', { textContent: say('capture.reopen') }));
    infoBox.hidden = false;
  }
  render();

  return {
    show(next) {
      route = parseCaptureHash(next, langs);
      if (!capture && route.view !== 'home') {
        infoBox.replaceChildren(el('p', { textContent: say('capture.reopen') }));
        infoBox.hidden = false;
      }
      render();
    },
    relanguage(next) {
      langs = [uiLanguage()];
      route = parseCaptureHash(next, langs);
      applyWords();
      if (outcome) describe(outcome);
      // The list's caption is in the old language: a new list, with the same rows.
      table.destroy();
      table = createPacketTable();
      listBox.replaceChildren(table.element);
      if (capture) table.setRows(capture.rows);
      // The player is told again in the new language, at the step the address names.
      player?.destroy();
      player = null;
      sceneBox.replaceChildren();
      render();
    },
    destroy() {
      destroyed = true;
      loading?.abandon();
      loading = null;
      player?.destroy();
      player = null;
      table.destroy();
      document.removeEventListener('dragenter', onDragEnter);
      document.removeEventListener('dragover', onDragOver);
      document.removeEventListener('dragleave', onDragLeave);
      document.removeEventListener('drop', onDrop);
    },
  };
}
