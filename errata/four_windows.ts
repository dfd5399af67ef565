import { readFileSync } from 'node:fs';
import type { Recorded } from '../support/windows/recording/recording';
import { playTogether, type WindowsOnPage } from './four_windows_player';

/** asciinema-player's standalone bundle and its style, inlined so that the page loads nothing. */
const player = {
  script: bundled('asciinema-player/dist/bundle/asciinema-player.min.js', '</script'),
  style: bundled('asciinema-player/dist/bundle/asciinema-player.css', '</style'),
};

/**
 * The section of the annotated tutorial that plays the run's windows back, side by side, in sync:
 * asciinema-player's four players in a grid, one play/pause and one timeline with a mark where each
 * block began, and each block of the page linked to its moment. Self-contained: the player, its
 * style and the recordings are in the page.
 */
export function fourWindows(recorded: Recorded): string {
  if (recorded.casts.length === 0) return '';
  const data: WindowsOnPage = {
    windows: recorded.casts.map(({ window, text, cols, rows }) => ({ window, cast: text, cols, rows })),
    marks: recorded.marks,
    duration: recorded.duration,
  };
  const cells = recorded.casts.map(
    ({ window }) =>
      `<figure class="window" data-window="${escape(window)}"><figcaption>${escape(window)}</figcaption><div class="player"></div></figure>`,
  );
  return `<section id="four-windows" aria-label="The windows, played back">
<style>${player.style}</style>
<style>${style}</style>
<h2>The ${recorded.casts.length === 4 ? 'four ' : ''}windows, as the run showed them</h2>
<p>Recorded as the run typed the tutorial's code, on one clock. Each block below has a button that shows the windows at the moment it was typed.</p>
<div class="controls">
<button id="four-windows-play" type="button">▶ Play</button>
<select id="four-windows-speed" aria-label="Speed"><option value="1">1×</option><option value="0.25">¼×</option><option value="0.1">⅒×</option></select>
<div class="timeline"><input id="four-windows-timeline" type="range" min="0" max="${recorded.duration}" step="any" value="0" aria-label="Time in the run"><div id="four-windows-marks"></div></div>
<output id="four-windows-clock"></output>
</div>
<div class="grid">
${cells.join('\n')}
</div>
<script>${player.script}</script>
<script>addEventListener('DOMContentLoaded', () => (${playTogether.toString()})(window, AsciinemaPlayer, ${scriptJson(data)}));</script>
</section>`;
}

function bundled(module: string, closing: string): string {
  const text = readFileSync(require.resolve(module), 'utf8');
  if (text.toLowerCase().includes(closing)) throw new Error(`${module} holds ${closing}: it cannot be inlined in the page as it is`);
  return text;
}

/** JSON that cannot end the script element it stands in. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const style = `
#four-windows { width: calc(100vw - 3rem); margin: 1rem 0 1rem calc(50% - 50vw + 1rem); }
#four-windows .controls { display: flex; align-items: center; gap: 0.75rem; margin: 0.5rem 0; }
#four-windows .timeline { position: relative; flex: 1; }
#four-windows .timeline input { width: 100%; margin: 0; }
#four-windows-marks { position: relative; height: 0.8rem; }
#four-windows-marks .mark { position: absolute; top: 0; width: 3px; height: 0.8rem; margin-left: -1px; padding: 0; border: 0; background: #2563eb; cursor: pointer; }
#four-windows-clock { font-family: ui-monospace, monospace; white-space: nowrap; }
#four-windows .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 0.5rem; }
#four-windows figure.window { margin: 0; }
#four-windows .player { pointer-events: none; }
#four-windows .player .ap-overlay-start { display: none; }
#four-windows figure.window figcaption { font-size: 0.85em; font-weight: bold; padding: 0.1rem 0; }
figure.block button.moment { float: right; margin: 0.15rem 0.5rem; font-size: 0.8em; cursor: pointer; }
`;
