import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fourWindows } from '../errata/four_windows';
import type { WindowsOnPage } from '../errata/four_windows_player';
import { startRecording, stopRecording, terminalShowed, terminalTyped } from '../support/windows/recording/recording';

/** The section of reports/tutorial.html that plays the windows (test/browser/tutorial/windows.test.ts plays a real run's). */
describe('the four windows, as a section of the page', () => {
  const recording = startRecording();
  recording.mark(20, 'line 20, session B: require');
  terminalShowed('session B', '>> ');
  terminalTyped('session B', 'puts "</script><script>alert(1)</script>"\n');
  terminalShowed('session B', 'puts "</script><script>alert(1)</script>"\r\n</script><script>alert(1)</script>\r\n');
  const recorded = stopRecording(recording);
  const section = fourWindows(recorded);
  const scripts = [...section.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, script]) => script);

  it("inlines asciinema-player's bundle and style, and loads nothing", () => {
    const bundle = readFileSync(require.resolve('asciinema-player/dist/bundle/asciinema-player.min.js'), 'utf8');
    const style = readFileSync(require.resolve('asciinema-player/dist/bundle/asciinema-player.css'), 'utf8');
    assert.equal(scripts[0], bundle);
    assert.ok(section.includes(`<style>${style}</style>`));
    assert.doesNotMatch(section.replace(bundle, '').replace(style, ''), /\bsrc=|<link\b|\burl\(/);
  });

  it('holds each recording whole, and no text of a recording can end its script', () => {
    assert.equal(scripts.length, 2, 'a recording ended its script element');
    const json = /\}\)\(window, AsciinemaPlayer, (\{.*\})\)\);$/s.exec(scripts[1] ?? '')?.[1];
    assert.ok(json, 'the controller is not given the recordings');
    const data = JSON.parse(json) as WindowsOnPage;
    assert.deepEqual(
      data.windows.map(({ window, cast }) => ({ window, cast })),
      recorded.casts.map(({ window, text }) => ({ window, cast: text })),
    );
    assert.deepEqual(data.marks, recorded.marks);
    assert.equal(data.duration, recorded.duration);
  });

  it('gives each window a place, named after it, and one timeline', () => {
    assert.match(
      section,
      /<figure class="window" data-window="session B"><figcaption>session B<\/figcaption><div class="player"><\/div><\/figure>/,
    );
    assert.match(section, new RegExp(`<input id="four-windows-timeline" type="range" min="0" max="${recorded.duration}" step="any"`));
  });

  it('is left out of a page whose run recorded no window', () => {
    assert.equal(fourWindows({ casts: [], marks: [], duration: 0 }), '');
  });
});
