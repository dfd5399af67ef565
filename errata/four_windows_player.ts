/**
 * What runs in the page: one play/pause, one speed and one timeline for the four windows' players,
 * each block of the tutorial linked to its moment. It drives the players with one clock of its own and
 * seeks all four to the same time; it runs in the browser as its source, so it names nothing
 * outside itself and takes what it uses of the page as arguments, typed here as far as it uses them.
 */
export function playTogether(page: Page, library: PlayerLibrary, data: WindowsOnPage): void {
  const section = page.document.getElementById('four-windows');
  const timeline = page.document.getElementById('four-windows-timeline');
  const button = page.document.getElementById('four-windows-play');
  const clock = page.document.getElementById('four-windows-clock');
  const marks = page.document.getElementById('four-windows-marks');
  const speed = page.document.getElementById('four-windows-speed');
  if (!section || !timeline || !button || !clock || !marks || !speed) return;
  const players = data.windows.map((window) => {
    const cell = section.querySelector(`figure.window[data-window="${window.window}"] .player`);
    if (!cell) throw new Error(`no place on the page for ${window.window}`);
    return library.create({ data: window.cast }, cell, {
      cols: window.cols,
      rows: window.rows,
      controls: false,
      preload: true,
      fit: 'width',
    });
  });
  const seconds = (time: number): string => `${time.toFixed(2)} s`;
  let wanted: number | undefined;
  let seeking = false;
  let playing: { readonly startedAt: number; readonly from: number; readonly speed: number } | undefined;

  /** Resolves once the frame after the next is drawn: a player draws what a seek fed it on the next animation frame. */
  const drawn = (): Promise<void> =>
    new Promise((resolve) => page.requestAnimationFrame(() => page.requestAnimationFrame(() => resolve())));
  const seekAll = async (): Promise<void> => {
    seeking = true;
    while (wanted !== undefined) {
      const time = wanted;
      wanted = undefined;
      await Promise.all(players.map((player) => player.seek(time)));
      await drawn();
      section.dataset.shown = String(time);
    }
    seeking = false;
  };
  const show = (time: number): void => {
    const at = Math.min(Math.max(time, 0), data.duration);
    wanted = at;
    timeline.value = String(at);
    clock.textContent = `${seconds(at)} of ${seconds(data.duration)}`;
    if (!seeking) void seekAll();
  };
  const pause = (): void => {
    playing = undefined;
    button.textContent = '▶ Play';
  };
  const tick = (): void => {
    if (!playing) return;
    const time = playing.from + (playing.speed * (page.performance.now() - playing.startedAt)) / 1000;
    show(time);
    if (time >= data.duration) pause();
    else page.requestAnimationFrame(tick);
  };
  const play = (): void => {
    const from = Number(timeline.value) >= data.duration ? 0 : Number(timeline.value);
    playing = { startedAt: page.performance.now(), from, speed: Number(speed.value) };
    button.textContent = '❚❚ Pause';
    page.requestAnimationFrame(tick);
  };

  button.addEventListener('click', () => (playing ? pause() : play()));
  speed.addEventListener('change', () => {
    if (!playing) return;
    pause();
    play();
  });
  timeline.addEventListener('input', () => {
    pause();
    show(Number(timeline.value));
  });
  for (const mark of data.marks) {
    const goTo = (): void => {
      pause();
      show(mark.time);
    };
    const notch = page.document.createElement('button');
    notch.className = 'mark';
    notch.title = `${seconds(mark.time)}: ${mark.label}`;
    notch.style.left = `${(100 * mark.time) / data.duration}%`;
    notch.dataset.time = String(mark.time);
    notch.addEventListener('click', goTo);
    marks.append(notch);
    const block = page.document.querySelector(`figure.block[data-line="${mark.line}"]`);
    if (!block) continue;
    const link = page.document.createElement('button');
    link.className = 'moment';
    link.textContent = `▶ the four windows at ${seconds(mark.time)}`;
    link.title = 'Show the four windows as they were when this block was typed';
    link.dataset.time = String(mark.time);
    link.addEventListener('click', () => {
      goTo();
      section.scrollIntoView({ block: 'start' });
    });
    block.prepend(link);
  }
  show(0);
}

/** What the page holds of the run's windows: each window's recording, the moment each block began, and how long the run lasted. */
export interface WindowsOnPage {
  readonly windows: ReadonlyArray<{ readonly window: string; readonly cast: string; readonly cols: number; readonly rows: number }>;
  readonly marks: ReadonlyArray<{ readonly time: number; readonly line: number; readonly label: string }>;
  readonly duration: number;
}

/** What the controller uses of the browser: its document, its clock and its frames. */
export interface Page {
  readonly document: {
    getElementById(id: string): PageElement | null;
    querySelector(selectors: string): PageElement | null;
    createElement(tag: string): PageElement;
  };
  readonly performance: { now(): number };
  requestAnimationFrame(callback: () => void): number;
}

export interface PageElement {
  className: string;
  title: string;
  textContent: string | null;
  value: string;
  readonly dataset: Record<string, string | undefined>;
  readonly style: { left: string };
  querySelector(selectors: string): PageElement | null;
  addEventListener(type: 'click' | 'input' | 'change', listener: () => void): void;
  append(child: PageElement): void;
  prepend(child: PageElement): void;
  scrollIntoView(options: { block: 'start' }): void;
}

/** What the controller uses of asciinema-player: `create`, and a player's `seek`. */
export interface PlayerLibrary {
  create(
    source: { data: string },
    container: PageElement,
    options: {
      cols: number;
      rows: number;
      controls: boolean;
      preload: boolean;
      fit: 'width';
    },
  ): { seek(time: number): Promise<unknown> };
}
