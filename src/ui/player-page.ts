/**
 * The player: the product's main screen. It runs a scene's scenario, has the story told at the chosen
 * level, and plays it on an animated stage with the controls of a video player. It owns the time `t` and
 * the speed and nothing else: every picture is `frameAt(scene, layout, t)` painted as SVG, so stepping
 * back or scrubbing shows exactly what playing showed.
 */
import type { Trace } from '../core/trace.ts';
import { type Frame, frameAt } from '../render/frame.ts';
import { packetDetails } from '../render/inspect.ts';
import { type Layout, layoutStage } from '../render/layout.ts';
import { makeScene, type Scene } from '../render/scene.ts';
import { stageParts } from '../render/svg.ts';
import { STEP_MS, stepAt, stepForTraceTime } from '../render/timing.ts';
import type { Scenario, SwitchSpec } from '../scenarios/types.ts';
import { buildStory } from '../story/build.ts';
import { LEVELS, type Level, type Story } from '../story/types.ts';
import { type PlayerState, playerHash, playerOptions, resolveStep } from './app-route.ts';
import { el, errorNotice, fillProblems, prefersReducedMotion, problemsNotice } from './dom.ts';
import { createInspector } from './inspector.ts';
import { switchLabel, valueLabel } from './labels.ts';
import { createLadder } from './ladder-view.ts';
import { hashFor } from './route.ts';
import { detailWords, nodeName, stageText } from './stage-text.ts';
import { createStageView } from './stage-view.ts';
import { maybeText, num, text } from './text.ts';
import {
  advance,
  DEFAULT_SPEED,
  faster,
  next,
  previous,
  slower,
  stepMoment,
  type Transport,
  toggle,
  total,
} from './transport.ts';
import { createViewToggle, payloadOptions } from './view-toggle.ts';

export interface PlayerPage {
  /** True when `p` shows the same run (scene, switches, seed, level, language) as this page. */
  sameRun(p: PlayerState): boolean;
  /** Follows a link to another step of the same run without rebuilding the page. */
  goToStep(step: string | null): void;
  destroy(): void;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

const ICONS = {
  restart: '<path d="M5 4h2v16H5zM19 4v16L8 12z"/>',
  prev: '<path d="M6 4h2v16H6zM20 4v16L9 12z"/>',
  play: '<path d="M7 4v16l13-8z"/>',
  pause: '<path d="M6 4h4v16H6zM14 4h4v16h-4z"/>',
  next: '<path d="M16 4h2v16h-2zM4 4v16l11-8z"/>',
};

function iconButton(id: string, label: string, icon: string): HTMLButtonElement {
  const b = el('button', { id, className: 'tbtn' }, { type: 'button', 'aria-label': label, title: label });
  b.innerHTML = `<svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">${icon}</svg>`;
  return b;
}

function levelLabel(level: Level): string {
  return level === 'elementary'
    ? text('level.elementary')
    : level === 'expert'
      ? text('level.expert')
      : text('level.standard');
}

/** A step whose firewall stops a packet gets its own mark on the timeline. */
function stepKinds(scene: Scene): string[] {
  return scene.steps.map((s) => {
    if (s.firewall.some((f) => f.verdict !== 'allow')) return 'drop';
    if (s.changes.length > 0) return 'change';
    return '';
  });
}

export function mountPlayer(root: HTMLElement, initial: PlayerState, problems: string[]): PlayerPage {
  const state: PlayerState = { ...initial, values: { ...initial.values } };
  const scenario: Scenario = state.scenario;

  let trace: Trace | null = null;
  let story: Story | null = null;
  let scene: Scene | null = null;
  let layout: Layout | null = null;
  let transport: Transport = { t: 0, playing: false, stopAt: null };
  let speed = DEFAULT_SPEED;
  let selected: number | undefined;
  let reduced = prefersReducedMotion();
  let frameRequest = 0;
  let lastTick = 0;
  // While a hand is on the timeline the link waits: it is written once the bar is let go.
  let scrubbing = false;
  let scrubRequest = 0;
  let scrubTo: number | null = null;
  let lastStep = -2;
  let lastHash = '';
  let lastControls = '';
  let destroyed = false;

  // ---- the page --------------------------------------------------------------------------------------
  const title = el('h1', { id: 'scene-title', textContent: maybeText(state.scene.title) ?? scenario.title });
  const levelBox = el('fieldset', { className: 'levels' });
  levelBox.append(el('legend', { textContent: text('player.levels') }));
  const levelInputs = new Map<Level, HTMLInputElement>();
  for (const level of LEVELS) {
    const input = el('input', { id: `level-${level}` }, { type: 'radio', name: 'level', value: level });
    levelInputs.set(level, input);
    levelBox.append(
      el('label', { className: 'level' }, { for: input.id }, [
        input,
        el('span', { textContent: levelLabel(level) }),
      ]),
    );
  }
  const head = el('div', { className: 'player-head' }, {}, [title, levelBox]);
  const viewToggle = createViewToggle(state.view, (view) => setView(view));
  viewToggle.show(false);
  const problemBox = problemsNotice(text('link.problemsTitle'), problems);
  const errorBox = el('div', { id: 'run-error' });

  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('id', 'stage');
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', text('player.stage'));
  // The network keeps its geometry in every language (the PC on the left, the server on the right); its
  // labels still read in their own direction (see the stylesheet).
  svg.setAttribute('dir', 'ltr');
  const stageWrap = el('div', { className: 'stage-wrap' });
  stageWrap.append(svg);
  const stageView = createStageView(svg);

  const stepNo = el('span', { className: 'step-no' });
  const actor = el('span', { className: 'actor' });
  const sentence = el('p', { className: 'step-text' });
  const narration = el(
    'div',
    { id: 'narration', className: 'narration' },
    { 'aria-live': 'polite', 'aria-atomic': 'true', role: 'region', 'aria-label': text('player.narration') },
    [el('p', { className: 'step-meta' }, {}, [stepNo, actor]), sentence],
  );

  const restartBtn = iconButton('restart', text('player.restart'), ICONS.restart);
  const prevBtn = iconButton('prev', text('player.prev'), ICONS.prev);
  const playBtn = iconButton('play', text('player.play'), ICONS.play);
  playBtn.classList.add('tbtn-main');
  const nextBtn = iconButton('next', text('player.next'), ICONS.next);
  const scrub = el(
    'input',
    { id: 'scrub' },
    { type: 'range', min: '0', max: '0', step: '1', value: '0', 'aria-label': text('player.timeline') },
  );
  const markers = el('div', { className: 'markers' }, { 'aria-hidden': 'true' });
  const scrubBox = el('div', { className: 'scrub' }, {}, [scrub, markers]);
  const slowerBtn = el(
    'button',
    { id: 'slower', className: 'sbtn', textContent: '−' },
    { type: 'button', 'aria-label': text('player.slower'), title: text('player.slower') },
  );
  const fasterBtn = el(
    'button',
    { id: 'faster', className: 'sbtn', textContent: '+' },
    { type: 'button', 'aria-label': text('player.faster'), title: text('player.faster') },
  );
  const speedOut = el('output', { id: 'speed', className: 'speed-value' }, { 'aria-live': 'polite' });
  const speedBox = el('div', { className: 'speed' }, { role: 'group', 'aria-label': text('player.speed') }, [
    slowerBtn,
    speedOut,
    fasterBtn,
  ]);
  const transportBar = el(
    'div',
    { className: 'transport' },
    // Time runs left to right on the timeline, as on the stage and the ladder, whatever the language.
    { role: 'group', 'aria-label': text('player.controls'), dir: 'ltr' },
    [el('div', { className: 'tbuttons' }, {}, [restartBtn, prevBtn, playBtn, nextBtn]), scrubBox, speedBox],
  );
  const keysHint = el('p', { className: 'keys-hint', textContent: text('player.keys') });

  const ladderToggle = el(
    'button',
    { id: 'ladder-toggle', className: 'ladder-toggle', textContent: text('player.showLadder') },
    { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'ladder' },
  );
  const ladder = createLadder(
    (id) => openInspector(id),
    () => reduced,
  );
  const ladderCol = el('aside', { className: 'ladder-col' }, { 'aria-label': text('player.ladder') }, [
    ladderToggle,
    ladder.element,
  ]);

  const stageCol = el('div', { className: 'stage-col' }, {}, [
    viewToggle.element,
    stageWrap,
    narration,
    transportBar,
    keysHint,
  ]);
  const main = el('div', { className: 'player-main' }, {}, [stageCol, ladderCol]);

  const switchForm = el('form', { className: 'switches-form' }, { 'aria-labelledby': 'switches-title' });
  const switchSelects = new Map<string, HTMLSelectElement>();
  for (const spec of scenario.switches) {
    const select = el('select', { id: `switch-${spec.name}` }, { name: spec.name });
    switchSelects.set(spec.name, select);
    switchForm.append(
      el('div', { className: 'field' }, {}, [
        el('label', { textContent: switchLabel(spec.name) }, { for: select.id }),
        select,
      ]),
    );
  }
  const seedInput = el(
    'input',
    { id: 'seed' },
    { type: 'number', min: '0', max: '4294967295', step: '1', inputmode: 'numeric', name: 'seed' },
  );
  switchForm.append(
    el('div', { className: 'field' }, {}, [
      el('label', { textContent: text('player.seed') }, { for: 'seed' }),
      seedInput,
      el('p', { className: 'hint', textContent: text('player.seedHint') }),
    ]),
  );
  const packetsLink = el('a', { id: 'packets-link', textContent: text('player.packetsView') }, { href: '#' });
  const copyBtn = el(
    'button',
    { id: 'copy-link', className: 'linkish', textContent: text('player.copyLink') },
    { type: 'button' },
  );
  const copyStatus = el('span', { className: 'copy-status' }, { role: 'status' });
  const switches = el('section', { className: 'switches' }, { 'aria-labelledby': 'switches-title' }, [
    el('h2', { id: 'switches-title', textContent: text('player.switches') }),
    switchForm,
    el('p', { className: 'page-links' }, {}, [packetsLink, copyBtn, copyStatus]),
  ]);
  const notesBox = el('details', { className: 'teacher-notes' });

  const inspector = createInspector(() => {
    const id = selected;
    selected = undefined;
    paint();
    if (id !== undefined) {
      const target =
        svg.querySelector<SVGGElement>(`[data-packet="${id}"]`) ??
        ladder.element.querySelector<HTMLElement>(`[data-packet="${id}"]`);
      target?.focus({ preventScroll: true });
    }
  });

  const page = el('div', { className: 'player' }, {}, [
    head,
    problemBox,
    errorBox,
    main,
    switches,
    notesBox,
    inspector.element,
  ]);
  root.replaceChildren(page);

  // ---- building the run ------------------------------------------------------------------------------
  function syncControls(): void {
    for (const spec of scenario.switches) {
      const select = switchSelects.get(spec.name) as HTMLSelectElement;
      const value = state.values[spec.name] ?? spec.default;
      const offered: Array<string | number> = spec.values.some((v) => String(v) === String(value))
        ? [...spec.values]
        : [...spec.values, value];
      select.replaceChildren(...offered.map((v) => new Option(valueLabel(spec.name, v), String(v))));
      select.value = String(value);
    }
    seedInput.value = String(state.seed);
    (levelInputs.get(state.level) as HTMLInputElement).checked = true;
    page.dataset.level = state.level;
    const params: Array<[string, string]> = scenario.switches.map((s: SwitchSpec) => [
      s.name,
      String(state.values[s.name] ?? s.default),
    ]);
    params.push(['seed', String(state.seed)]);
    packetsLink.href = hashFor(scenario.id, params);
  }

  function run(): boolean {
    errorBox.replaceChildren();
    try {
      trace = scenario.run(playerOptions(state));
    } catch (err) {
      console.error(err);
      trace = null;
      errorBox.replaceChildren(errorNotice(text('player.runError', { scenario: scenario.id }), err));
      return false;
    }
    // A recorded capture has no what-ifs: its packets are what they are.
    switches.hidden = trace.meta.source === 'capture';
    return tell();
  }

  function tell(): boolean {
    if (!trace) return false;
    try {
      story = buildStory(trace, state.level, state.lang);
    } catch (err) {
      console.error(err);
      story = null;
      scene = null;
      errorBox.replaceChildren(errorNotice(text('player.storyError'), err));
      return false;
    }
    scene = makeScene(trace, story);
    viewToggle.show(scene.decrypted);
    notesBox.replaceChildren(
      el('summary', { textContent: text('player.notes') }),
      ...story.notes.map((n) => el('p', { textContent: n })),
    );
    notesBox.hidden = story.notes.length === 0;
    relayout(true);
    buildMarkers();
    return true;
  }

  function stageWidth(): number {
    return Math.round(stageWrap.clientWidth || root.clientWidth || 360);
  }

  function relayout(force: boolean): void {
    if (!scene) return;
    const width = stageWidth();
    if (!force && layout && layout.width === width) return;
    layout = layoutStage(scene, { width }, nodeName);
    svg.setAttribute('viewBox', `0 0 ${layout.width} ${layout.height}`);
    svg.setAttribute('width', String(layout.width));
    svg.setAttribute('height', String(layout.height));
    ladder.setScene(scene, layout);
    stageView.reset();
  }

  function buildMarkers(): void {
    if (!scene) return;
    const n = scene.steps.length;
    scrub.max = String(total(n));
    // Whole milliseconds, so that any moment a step settles at can be reached by the bar too.
    scrub.step = '1';
    const kinds = stepKinds(scene);
    // Past a few hundred steps single marks would merge into a smear; the special ones still show.
    const all = n <= 160;
    const marks: HTMLSpanElement[] = [];
    for (let k = 0; k < n; k++) {
      const kind = kinds[k] ?? '';
      if (!all && kind === '') continue;
      const mark = el('span', { className: `marker${kind ? ` ${kind}` : ''}` });
      mark.style.setProperty('--at', String(n > 0 ? k / n : 0));
      marks.push(mark);
    }
    markers.replaceChildren(...marks);
  }

  // ---- painting a moment -----------------------------------------------------------------------------
  const words = stageText();

  function currentHash(stepIndex: number): string {
    return playerHash({ ...state, step: stepIndex + 1 }, scene?.decrypted ?? false);
  }

  function paint(): void {
    if (destroyed || !scene || !layout) return;
    const options = {
      reducedMotion: reduced,
      payload: payloadOptions(state.view),
      ...(selected !== undefined ? { selected } : {}),
    };
    const frame: Frame = frameAt(scene, layout, transport.t, options);
    const focused = svg.contains(document.activeElement)
      ? document.activeElement?.closest('[data-packet]')?.getAttribute('data-packet')
      : null;
    stageView.draw(stageParts(frame, layout, words));
    // An envelope drawn afresh (it had left the stage) takes the focus back.
    if (focused && !svg.contains(document.activeElement))
      svg.querySelector<SVGGElement>(`[data-packet="${focused}"]`)?.focus({ preventScroll: true });
    const n = scene.steps.length;
    if (frame.step !== lastStep) {
      lastStep = frame.step;
      const step = scene.steps[frame.step]?.step;
      if (step) {
        stepNo.textContent = text('player.stepOf', { n: num(step.n), total: num(n) });
        actor.textContent = step.actorName;
        actor.className = `actor actor-${scene.trace.nodes.find((x) => x.id === step.actor)?.kind ?? step.actor}`;
        sentence.textContent = step.text;
      } else {
        stepNo.textContent = '';
        actor.textContent = '';
        sentence.textContent = text('player.noSteps');
      }
      scrub.setAttribute(
        'aria-valuetext',
        text('player.timelineValue', { n: num(Math.max(frame.step + 1, 0)), total: num(n) }),
      );
    }
    const hash = currentHash(Math.max(frame.step, 0));
    if (!scrubbing && hash !== lastHash) {
      lastHash = hash;
      if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
    }
    scrub.value = String(Math.round(transport.t));
    const controls = `${transport.playing}|${speed}|${n}`;
    if (controls !== lastControls) {
      lastControls = controls;
      playBtn.innerHTML = `<svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">${transport.playing ? ICONS.pause : ICONS.play}</svg>`;
      const playLabel = transport.playing ? text('player.pause') : text('player.play');
      playBtn.setAttribute('aria-label', playLabel);
      playBtn.title = playLabel;
      playBtn.setAttribute('aria-pressed', String(transport.playing));
      prevBtn.disabled = n === 0;
      nextBtn.disabled = n === 0;
      speedOut.textContent = text('player.speedValue', { speed: num(speed) });
    }
    if (state.level === 'expert') ladder.update(frame, selected, options.payload);
  }

  // ---- time ------------------------------------------------------------------------------------------
  function tick(now: number): void {
    frameRequest = 0;
    if (destroyed || !scene) return;
    const dt = lastTick === 0 ? 0 : Math.min(now - lastTick, 100);
    lastTick = now;
    transport = advance(transport, dt, speed, scene.steps.length);
    paint();
    if (transport.playing) frameRequest = requestAnimationFrame(tick);
  }

  function setTransport(next: Transport, fromTimeline = false): void {
    scrubbing = fromTimeline;
    transport = next;
    if (transport.playing && frameRequest === 0) {
      lastTick = 0;
      frameRequest = requestAnimationFrame(tick);
    }
    if (!transport.playing && frameRequest !== 0) {
      cancelAnimationFrame(frameRequest);
      frameRequest = 0;
    }
    paint();
  }

  function steps(): number {
    return scene?.steps.length ?? 0;
  }

  const actions = {
    toggle: () => setTransport(toggle(transport, steps())),
    next: () => setTransport(next(transport, steps(), reduced)),
    prev: () => setTransport(previous(transport, steps())),
    restart: () => setTransport({ t: 0, playing: steps() > 0, stopAt: null }),
    home: () => setTransport({ ...transport, t: 0, stopAt: null }),
    end: () => setTransport({ t: total(steps()), playing: false, stopAt: null }),
    slower: () => {
      speed = slower(speed);
      paint();
    },
    faster: () => {
      speed = faster(speed);
      paint();
    },
  };

  function openInspector(id: number): void {
    if (!scene || !layout) return;
    const frame = frameAt(scene, layout, transport.t, { reducedMotion: reduced });
    const hop = frame.packets.find((p) => p.id === id)?.hop ?? 0;
    const details = packetDetails(scene, id, hop, text, state.view, detailWords(scene.trace.nodes));
    if (!details) return;
    setTransport({ ...transport, playing: false, stopAt: null });
    selected = id;
    paint();
    inspector.show(details);
  }

  // ---- wiring ----------------------------------------------------------------------------------------
  playBtn.addEventListener('click', actions.toggle);
  nextBtn.addEventListener('click', actions.next);
  prevBtn.addEventListener('click', actions.prev);
  restartBtn.addEventListener('click', actions.restart);
  slowerBtn.addEventListener('click', actions.slower);
  fasterBtn.addEventListener('click', actions.faster);
  // A drag fires inputs faster than frames are shown: only the last one before each frame is painted.
  function scrubFrame(): void {
    scrubRequest = 0;
    if (scrubTo === null || destroyed) return;
    const t = scrubTo;
    scrubTo = null;
    setTransport({ t, playing: false, stopAt: null }, true);
  }
  scrub.addEventListener('input', () => {
    scrubTo = Number(scrub.value);
    if (scrubRequest === 0) scrubRequest = requestAnimationFrame(scrubFrame);
  });
  scrub.addEventListener('change', () => {
    if (scrubRequest !== 0) cancelAnimationFrame(scrubRequest);
    scrubRequest = 0;
    const t = scrubTo ?? Number(scrub.value);
    scrubTo = null;
    setTransport({ t, playing: false, stopAt: null });
  });

  svg.addEventListener('click', (event) => {
    const target = (event.target as Element).closest('[data-packet]');
    if (target) openInspector(Number(target.getAttribute('data-packet')));
  });

  for (const [level, input] of levelInputs) {
    input.addEventListener('change', () => {
      if (input.checked) setLevel(level);
    });
  }

  function setView(view: (typeof state)['view']): void {
    if (view === state.view) return;
    state.view = view;
    paint();
  }

  function setLevel(level: Level): void {
    if (level === state.level) return;
    const tau = scene && layout ? frameAt(scene, layout, transport.t, { reducedMotion: reduced }).tau : 0;
    const wasPlaying = transport.playing && transport.stopAt === null;
    state.level = level;
    syncControls();
    if (!tell() || !scene) {
      paint();
      return;
    }
    const k = Math.max(stepForTraceTime(scene, tau), 0);
    lastStep = -2;
    setTransport({ t: wasPlaying ? k * STEP_MS : stepMoment(k), playing: wasPlaying, stopAt: null });
  }

  function applySwitches(): void {
    for (const spec of scenario.switches) {
      const select = switchSelects.get(spec.name) as HTMLSelectElement;
      const option = spec.values.find((v) => String(v) === select.value);
      state.values[spec.name] =
        option ?? (typeof spec.default === 'number' ? Number(select.value) : select.value);
    }
    const seed = Number(seedInput.value);
    if (Number.isSafeInteger(seed) && seed >= 0 && seed <= 0xffff_ffff) state.seed = seed;
    syncControls();
    lastStep = -2;
    transport = { t: 0, playing: false, stopAt: null };
    run();
    setTransport({ t: stepMoment(0), playing: false, stopAt: null });
  }
  switchForm.addEventListener('change', applySwitches);
  switchForm.addEventListener('submit', (event) => {
    event.preventDefault();
    applySwitches();
  });

  ladderToggle.addEventListener('click', () => {
    const open = !ladderCol.classList.contains('open');
    ladderCol.classList.toggle('open', open);
    ladderToggle.setAttribute('aria-expanded', String(open));
    ladderToggle.textContent = open ? text('player.hideLadder') : text('player.showLadder');
    ladder.follow();
    paint();
  });

  copyBtn.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      copyStatus.textContent = text('player.copied');
    } catch {
      copyStatus.textContent = text('player.copyFailed');
    }
  });

  function isTyping(target: EventTarget | null): boolean {
    if (!(target instanceof HTMLElement)) return false;
    if (target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement) return true;
    if (target instanceof HTMLInputElement) return target.type !== 'range' && target.type !== 'radio';
    return target.isContentEditable;
  }

  function onKey(event: KeyboardEvent): void {
    if (event.ctrlKey || event.metaKey || event.altKey || inspector.isOpen() || isTyping(event.target))
      return;
    const target = event.target as Element | null;
    const packet = target instanceof Element ? target.closest('svg [data-packet]') : null;
    const nativeControl =
      target instanceof Element && target.closest('button, a, summary, input[type="radio"]');
    switch (event.key) {
      case ' ':
      case 'Spacebar':
        if (packet) {
          event.preventDefault();
          openInspector(Number(packet.getAttribute('data-packet')));
        } else if (!nativeControl) {
          event.preventDefault();
          actions.toggle();
        }
        return;
      case 'Enter':
        if (packet) {
          event.preventDefault();
          openInspector(Number(packet.getAttribute('data-packet')));
        }
        return;
      case 'ArrowRight':
      case 'ArrowLeft':
        if (target instanceof HTMLInputElement && target.type === 'radio') return;
        event.preventDefault();
        if (event.key === 'ArrowRight') actions.next();
        else actions.prev();
        return;
      case 'Home':
        event.preventDefault();
        actions.home();
        return;
      case 'End':
        event.preventDefault();
        actions.end();
        return;
      case '+':
      case '=':
        event.preventDefault();
        actions.faster();
        return;
      case '-':
      case '−':
      case '_':
        event.preventDefault();
        actions.slower();
        return;
    }
  }
  document.addEventListener('keydown', onKey);

  const motionQuery =
    typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;
  const onMotion = () => {
    reduced = prefersReducedMotion();
    paint();
  };
  motionQuery?.addEventListener('change', onMotion);

  const resize = new ResizeObserver(() => {
    if (!scene) return;
    const before = layout?.width;
    relayout(false);
    if (layout?.width !== before) paint();
  });
  resize.observe(stageWrap);

  // ---- start -----------------------------------------------------------------------------------------
  syncControls();
  function showStep(step: string | null): void {
    if (!scene) return;
    const resolved = resolveStep(step, scene.steps.length);
    fillProblems(
      problemBox,
      text('link.problemsTitle'),
      resolved.problem ? [...problems, resolved.problem] : problems,
    );
    lastStep = -2;
    setTransport({ t: stepMoment(resolved.index), playing: false, stopAt: null });
  }
  if (run()) showStep(state.step);
  else paint();

  return {
    sameRun(p) {
      return (
        p.scenario === scenario &&
        p.seed === state.seed &&
        p.level === state.level &&
        p.lang === state.lang &&
        p.view === state.view &&
        scenario.switches.every((s) => String(p.values[s.name]) === String(state.values[s.name]))
      );
    },
    goToStep(step) {
      const index = scene ? resolveStep(step, scene.steps.length).index : 0;
      if (scene && stepAt(scene, transport.t).index === index && !transport.playing) return;
      showStep(step);
    },
    destroy() {
      destroyed = true;
      if (frameRequest !== 0) cancelAnimationFrame(frameRequest);
      if (scrubRequest !== 0) cancelAnimationFrame(scrubRequest);
      document.removeEventListener('keydown', onKey);
      motionQuery?.removeEventListener('change', onMotion);
      resize.disconnect();
      inspector.close();
    },
  };
}
