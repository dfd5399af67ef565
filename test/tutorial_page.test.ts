import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { codeOf } from '../support/windows/drivers/literal/code';
import { parseMonitorLine, type MonitorLine } from '../support/windows/monitor/line';
import { checkAll, observationsOf } from '../errata/errata';
import { parseTutorial } from '../support/windows/drivers/literal/tutorial';
import { tutorialPage } from '../errata/tutorial_page';
import { reportLinks, type SpecRun } from '../living_docs/spec_results';
import { sample } from './helpers/tutorial_sample';

/** The sample with a title, a paragraph, a link, emphasis and an observation of the redis-cli window, as errata would have found it run (test/browser/tutorial reads a real run). */
describe('the tutorial as a page (reports/tutorial.html)', () => {
  const text = sample
    .replace('layout: page', 'layout: page\ntitle: Pub <Sub>')
    .replace('## Experiments', '## Experiments\n\nRead **this** and _that_, then [the docs](https://redis.io/docs/).')
    .replace(
      '{% endirb %}\n\n### Publish',
      '{% endirb %}\n\nObserve that in the redis-CLI terminal window,\nyou see a subscriber added.\n\n### Publish',
    )
    .replace('* The third IRB window', '* In the redis-cli window you see that two messages were posted\n* The third IRB window');
  const code = codeOf(parseTutorial(text, 'sample.md'));
  const heard = new Map([[3, ['I heard [the message] on channel [my_channel]']]]);
  const printed = code.placed.map((_, block) => new Map([['session B', heard.get(block) ?? ['I heard it']]]));
  const line = (text: string): MonitorLine => parseMonitorLine(text) ?? assert.fail(text);
  const monitored = code.placed.map((_, block) =>
    block === 2
      ? [line('1796230316.287836 [0 127.0.0.1:1002] "subscribe" "my_channel"')]
      : block === 5
        ? [line('1796230317.000001 [0 127.0.0.1:1001] "publish" "my_channel" "Is \\"this\\" thing on?"')]
        : [],
  );
  const clients = new Map([
    ['127.0.0.1:1001', 'session A'],
    ['127.0.0.1:1002', 'session B'],
  ]);
  const shown = code.placed.map(({ window }) => (window === 'session A' ? ['=> 1'] : window ? [] : undefined));
  const checks = checkAll(observationsOf(code), { printed, monitored, clients });
  const details = {
    server: 'the Redis server at 127.0.0.1:6379 (binary redis-server)',
    version: '7.0.15',
    tools: { ruby: 'ruby 3.1.2p20', irb: 'irb 1.4.1', redisGem: 'redis gem 4.8.0', redisCli: 'redis-cli 7.0.15' },
    at: new Date('2026-12-01T08:00:00.000Z'),
  };
  const spec: SpecRun = {
    startedAt: '2026-12-01T07:59:00.000Z',
    documents: [],
    parts: [
      {
        keyword: 'Feature',
        name: 'Broadcast to the Channel',
        uri: 'features/experiments/5_broadcast_to_the_channel.feature',
        line: 1,
        scenarios: [{ name: 'Both subscribers hear the broadcast', status: 'PASSED', line: 12, exampleLine: undefined }],
      },
      {
        keyword: 'Rule',
        name: 'The second IRB window outputs `I heard...`',
        uri: 'features/made_up.feature',
        line: 3,
        scenarios: [{ name: 'B hears it & says so', status: 'FAILED', line: 5, exampleLine: undefined }],
      },
    ],
    resultsOf: () => new Map(),
  };
  const page = tutorialPage(
    code,
    { details, checks, shown },
    {
      spec,
      links: reportLinks,
      nav: [{ href: 'features.html', label: 'Features' }],
      sections: ['<section id="recording">the four windows</section>'],
    },
  );

  it('has the title, what the run ran against, and loads nothing', () => {
    assert.match(page, /<title>Pub &lt;Sub&gt;, checked<\/title>/);
    assert.match(page, /<dd data-field="server">Redis 7\.0\.15, the Redis server at 127\.0\.0\.1:6379 \(binary redis-server\)<\/dd>/);
    assert.match(page, /<time datetime="2026-12-01T08:00:00.000Z">/);
    assert.match(page, /run as written: 3 of 5 observations not borne out\./);
    assert.doesNotMatch(page, /<(?:script|link|img)\b|src=/);
  });

  it('renders headings, paragraphs, emphasis, links and lists with markdown-it', () => {
    assert.match(page, /<h3>Broadcast to the Channel<\/h3>/);
    assert.match(
      page,
      /<p>Read <strong>this<\/strong> and <em>that<\/em>, then <a href="https:\/\/redis\.io\/docs\/">the docs<\/a>\.<\/p>/,
    );
    assert.match(page, /<ul>\n<li>The second IRB window outputs <span class="promise borne-out"/);
  });

  it('labels each block with its window and what it showed after it', () => {
    assert.match(
      page,
      /<figure class="block irb" data-line="41" data-window="session A">\n<figcaption class="window">irb, line 41: session A<\/figcaption>/,
    );
    assert.match(
      page,
      /<pre class="code"><code>\$ redis\.publish\(&quot;my_channel&quot;, &quot;the message&quot;\)<\/code><\/pre>\n<figcaption class="shown">session A showed after it:<\/figcaption>\n<pre class="output">=&gt; 1<\/pre>/,
    );
    assert.match(page, /data-window="session B">[\s\S]*?<pre class="output"><em>nothing<\/em><\/pre>/);
  });

  it('marks each observation with its verdict, and what was printed where it is not borne out', () => {
    assert.deepEqual(
      [...page.matchAll(/data-verdict="([a-z-]+)" data-window="([a-z ]+[A-Z]?)" data-line="(\d+)"/g)].map((match) => match.slice(1)),
      [
        ['borne-out', 'the monitor', '37'],
        ['not-borne-out', 'session B', '45'],
        ['borne-out', 'session B', '67'],
        ['not-borne-out', 'the monitor', '68'],
        ['not-borne-out', 'session C', '69'],
      ],
    );
    assert.match(
      page,
      /✗ NOT BORNE OUT<\/span> <span class="printed">session B printed <code>I heard \[the message\] on channel \[my_channel\]<\/code><\/span>/,
    );
    assert.match(page, /✗ NOT BORNE OUT<\/span> <span class="printed">session C printed <em>nothing<\/em><\/span>/);
  });

  it("shows beside each observation of the redis-cli window how it was read and the monitor's lines, each with its session", () => {
    assert.match(
      page,
      /you see <span class="promise monitor borne-out" [^>]*><mark>a subscriber added<\/mark> <span class="verdict">✓ borne out<\/span><\/span>\.<\/p>/,
    );
    assert.match(
      page,
      /<span class="reading">a subscriber added: read as a SUBSCRIBE from session B, the session that just subscribed \(its block at line 26\)<\/span><span class="evidence" data-evidence="1"><span class="evidence-caption">the monitor showed:<\/span><span class="evidence-line"><span class="who">session B<\/span> <code>1796230316\.287836 \[0 127\.0\.0\.1:1002\] &quot;subscribe&quot; &quot;my_channel&quot;<\/code><\/span><\/span>/,
    );
    assert.match(
      page,
      /two messages were posted: read as 2 PUBLISHes from session A [^<]*<\/span><span class="evidence" data-evidence="1"><span class="evidence-caption">the monitor showed instead:<\/span><span class="evidence-line"><span class="who">session A<\/span>/,
    );
  });

  it('follows a heading or a line that names a Feature or Rule with its scenarios, their results, and links into the report', () => {
    assert.match(
      page,
      /<h3>Broadcast to the Channel<\/h3>\n<aside class="spec status-passed" data-spec-keyword="Feature" data-spec-name="Broadcast to the Channel" data-status="passed"><span class="spec-head">Checked by <a class="spec-link" href="cucumber\.html\?query=Broadcast%20to%20the%20Channel">Feature: Broadcast to the Channel<\/a> in <code>features\/experiments\/5_broadcast_to_the_channel\.feature<\/code>, 1 scenario, 1 passed<\/span>/,
    );
    assert.match(
      page,
      /<li class="scenario status-failed" data-status="failed"><a href="cucumber\.html\?query=B%20hears%20it%20%26%20says%20so">B hears it &amp; says so<\/a> <span class="status">✗ failed<\/span><\/li>/,
    );
    assert.match(page, /<dd data-field="spec">the cucumber run of <time datetime="2026-12-01T07:59:00.000Z">/);
  });

  it('puts the sections given between the run and the tutorial, and the site around it', () => {
    assert.match(page, /<\/header>\n<section id="recording">the four windows<\/section>\n<main>/);
    assert.match(page, /<nav id="site"><a href="features\.html">Features<\/a><\/nav>/);
  });

  it('says when no cucumber run is beside it', () => {
    const alone = tutorialPage(code, { details, checks, shown });
    assert.match(alone, /<dd data-field="spec">no cucumber run beside this page/);
    assert.doesNotMatch(alone, /class="spec /);
  });
});
