import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { codeOf } from '../support/windows/drivers/literal/code';
import { parseTutorial } from '../support/windows/drivers/literal/tutorial';
import { parseMonitorLine } from '../support/windows/monitor/line';
import { checkAll, observationsOf } from '../errata/errata';
import { buildSite } from '../living_docs/site';
import { root, runSpec, startCommand } from './helpers/run_spec';
import { sample } from './helpers/tutorial_sample';

/** The sample with an observation of the redis-cli window, run as errata would have: what reports/errata.json says of it. */
function errataJsonOf(document: string, text: string): string {
  const code = codeOf(parseTutorial(text, document));
  const printed = code.placed.map(
    (_, block) => new Map([['session B', block === 3 ? ['I heard [the message] on channel [my_channel]'] : ['I heard it']]]),
  );
  const shown = code.placed.map(({ window }) => (window === undefined ? undefined : ['=> 1']));
  const subscribe = parseMonitorLine('1796230316.287836 [0 127.0.0.1:1002] "subscribe" "my_channel"');
  const monitored = code.placed.map((_, block) => (block === 2 && subscribe ? [subscribe] : []));
  const checks = checkAll(observationsOf(code), { printed, monitored, clients: new Map([['127.0.0.1:1002', 'session B']]) });
  const blocks = code.placed.map(({ block, window }, index) => ({
    line: block.line,
    kind: block.kind,
    window: window ?? null,
    shown: shown[index] ?? null,
  }));
  const details = {
    server: 'the Redis server at 127.0.0.1:6379 (binary redis-server)',
    version: '7.0.15',
    tools: { ruby: 'ruby 3.1.2p20', irb: 'irb 1.4.1', redisGem: 'redis gem 4.8.0', redisCli: 'redis-cli 7.0.15' },
    at: '2026-12-01T08:00:00.000Z',
  };
  return JSON.stringify({ ...details, document, checks, blocks });
}

/** Every `href` of a page but those that leave the site, each with the file and the anchor it names. */
function links(html: string): Array<{ href: string; file: string; anchor: string | undefined }> {
  return [...html.matchAll(/href="([^"]+)"/g)]
    .map(([, href = '']) => href.replaceAll('&amp;', '&'))
    .filter((href) => !/^[a-z]+:/.test(href))
    .map((href) => {
      const [path = '', anchor] = href.split('#');
      return { href, file: path.split('?')[0] ?? '', anchor };
    });
}

describe('npm run docs: the living documentation in site/', () => {
  const folder = mkdtempSync(join(tmpdir(), 'redis-pubsub-docs-'));
  const reports = join(folder, 'reports');
  const out = join(folder, 'site');
  const document = join(folder, 'sample.md');
  const text = sample.replace(
    '{% endirb %}\n\n### Publish',
    '{% endirb %}\n\nObserve that in the redis-CLI terminal window, you see a subscriber added.\n\n### Publish',
  );
  let pages: string[];

  before(async () => {
    mkdirSync(reports);
    writeFileSync(document, text);
    writeFileSync(join(reports, 'errata.json'), errataJsonOf(document, text));
    const run = await runSpec({ REDIS_PROVIDER: 'binary' }, [
      '--format',
      `message:${join(reports, 'messages.ndjson')}`,
      '--format',
      `html:${join(reports, 'cucumber.html')}`,
      'features/experiments',
      'features/take_aways.feature',
    ]);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    pages = buildSite({ root, reports, out });
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  const read = (file: string): string => readFileSync(join(out, file), 'utf8');

  it('writes the annotated tutorial as index.html, beside the features, the report, the bench and the errata', () => {
    assert.deepEqual(pages.slice(0, 6), ['index.html', 'features.html', 'bench.html', 'errata.html', 'cucumber.html', 'errata.json']);
    assert.ok(pages.includes('bench/latency.svg'), pages.join(', '));
    for (const page of pages) assert.ok(existsSync(join(out, page)), page);
    assert.match(read('index.html'), /data-verdict="borne-out" data-window="the monitor" data-line="33"/);
  });

  it('loads nothing from elsewhere: no script, style sheet or image but its own files', () => {
    for (const page of ['index.html', 'features.html', 'bench.html', 'errata.html']) {
      assert.doesNotMatch(read(page), /<(?:script|link)\b|src="[a-z]+:/, page);
    }
  });

  it('links every page, anchor and chart to something that is there', () => {
    for (const page of ['index.html', 'features.html', 'bench.html', 'errata.html']) {
      const html = read(page);
      for (const { href, file, anchor } of links(html)) {
        const target = file === '' ? page : file;
        assert.ok(existsSync(join(out, target)), `${page} links ${href}, which is not in site/`);
        if (anchor !== undefined) assert.match(read(target), new RegExp(`id="${anchor}"`), `${page} links ${href}`);
      }
      for (const [, src = ''] of html.matchAll(/src="([^"]+)"/g)) assert.ok(existsSync(join(out, src)), `${page} shows ${src}`);
    }
  });

  it('links each heading that names a Feature or Rule to its scenarios on the features page, with their results', () => {
    const index = read('index.html');
    assert.match(
      index,
      /<h3>Start Redis-CLI<\/h3>\n<aside class="spec status-passed" data-spec-keyword="Rule" data-spec-name="Start Redis-CLI" data-status="passed"><span class="spec-head">Checked by <a class="spec-link" href="features\.html#rule-start-redis-cli">Rule: Start Redis-CLI<\/a>/,
    );
    assert.match(
      index,
      /<a href="features\.html#scenario-features-experiments-2-start-irb-session-b-feature-17">The monitor sees session B subscribe<\/a> <span class="status">✓ passed<\/span>/,
    );
  });

  it("orders the features as the tutorial's sections, each scenario with its result, a Rule shown as a rule", () => {
    const features = read('features.html');
    const order = [...features.matchAll(/<section class="feature" id="([^"]+)" data-uri="([^"]+)"/g)].map(([, , uri]) => uri);
    assert.deepEqual(order.slice(0, 5), [
      'features/experiments/1_getting_started.feature',
      'features/experiments/2_start_irb_session_b.feature',
      'features/experiments/3_publish_in_irb_session_a.feature',
      'features/experiments/4_start_irb_session_c.feature',
      'features/experiments/5_broadcast_to_the_channel.feature',
    ]);
    assert.match(
      features,
      /<section class="rule" id="rule-start-redis-cli">\n<h3><span class="keyword">Rule:<\/span> Start Redis-CLI<\/h3>/,
    );
    assert.match(features, /<section class="scenario status-passed" id="scenario-features-take-aways-feature-\d+" data-status="passed"/);
    assert.match(features, /id="feature-how-messaging-works"[\s\S]*?not run in this run/, 'a feature the run left out says so');
  });

  it('lists the errata: each observation with its verdict, linked to where it stands in the tutorial', () => {
    const errata = read('errata.html');
    assert.match(
      errata,
      /<tr class="not-borne-out" data-verdict="not-borne-out" data-line="41" data-window="session B"><td><a href="index\.html#observation-41-session-b">41<\/a>/,
    );
    assert.match(errata, /known \(known_errata\.json\)/);
  });

  it('stops in one line when a report it needs is missing, or was written for another version of the tutorial', async () => {
    const node = process.execPath;
    const script = ['--require', 'ts-node/register/transpile-only', join(root, 'living_docs', 'main.ts')];
    const empty = join(folder, 'empty');
    mkdirSync(empty);
    const missing = await startCommand(node, script, { DOCS_REPORTS: empty, DOCS_OUT: join(folder, 'nowhere') }).ended;
    assert.equal(missing.code, 2);
    assert.equal(
      missing.stderr,
      `redis-pubsub-spec docs: npm run docs needs ${join(empty, 'errata.json')}, which npm run errata (with TUTORIAL_PATH) writes: run it first.\n`,
    );
    writeFileSync(document, text.replace('### Start Redis-CLI', '### Start Redis-CLI\n\nOne more line.'));
    assert.throws(() => buildSite({ root, reports, out: join(folder, 'again') }), {
      message: new RegExp(
        `^${join(reports, 'errata.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} was written for another version of .*: run npm run errata again\\.$`,
      ),
    });
  });
});
