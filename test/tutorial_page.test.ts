import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { codeOf } from '../support/windows/drivers/literal/code';
import { check, promisedOutputs, type Errata } from '../errata/errata';
import { parseTutorial } from '../support/windows/drivers/literal/tutorial';
import { tutorialPage } from '../errata/tutorial_page';
import { sample } from './helpers/tutorial_sample';

/** The sample with a title, a paragraph, a link and emphasis, as errata would have found it run (test/browser/tutorial reads a real run). */
describe('the tutorial as a page (reports/tutorial.html)', () => {
  const text = sample
    .replace('layout: page', 'layout: page\ntitle: Pub <Sub>')
    .replace('## Experiments', '## Experiments\n\nRead **this** and _that_, then [the docs](https://redis.io/docs/).');
  const code = codeOf(parseTutorial(text, 'sample.md'));
  const heard = new Map([[3, ['I heard [the message] on channel [my_channel]']]]);
  const printed = code.placed.map((_, block) => new Map([['session B', heard.get(block) ?? ['I heard it']]]));
  const errata: Errata = {
    against: 'the Redis server at 127.0.0.1:6379 (binary redis-server)',
    details: {
      server: 'the Redis server at 127.0.0.1:6379 (binary redis-server)',
      version: '7.0.15',
      tools: { ruby: 'ruby 3.1.2p20', irb: 'irb 1.4.1', redisGem: 'redis gem 4.8.0', redisCli: 'redis-cli 7.0.15' },
      at: new Date('2026-12-01T08:00:00.000Z'),
    },
    checks: check(promisedOutputs(code), printed),
    followed: {
      printed,
      shown: code.placed.map(({ window }) => (window === 'session A' ? ['=> 1'] : window ? [] : undefined)),
      recorded: { casts: [], marks: [], duration: 0 },
    },
  };
  const page = tutorialPage(code, errata);

  it('has the title and what the run ran against, and loads nothing', () => {
    assert.match(page, /<title>Pub &lt;Sub&gt;, checked<\/title>/);
    assert.match(page, /<dd data-field="server">Redis 7\.0\.15, the Redis server at 127\.0\.0\.1:6379 \(binary redis-server\)<\/dd>/);
    assert.match(page, /<time datetime="2026-12-01T08:00:00.000Z">/);
    assert.doesNotMatch(page, /<(?:script|link|img)\b|src=/);
  });

  it('renders headings, paragraphs, emphasis, links and lists', () => {
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
      /<figure class="block irb" data-line="38" data-window="session A">\n<figcaption class="window">irb, line 38: session A<\/figcaption>/,
    );
    assert.match(
      page,
      /<pre class="code"><code>\$ redis\.publish\(&quot;my_channel&quot;, &quot;the message&quot;\)<\/code><\/pre>\n<figcaption class="shown">session A showed after it:<\/figcaption>\n<pre class="output">=&gt; 1<\/pre>/,
    );
    assert.match(page, /data-window="session B">[\s\S]*?<pre class="output"><em>nothing<\/em><\/pre>/);
  });

  it('marks each promise with its verdict, and what was printed where it is not borne out', () => {
    assert.deepEqual(
      [...page.matchAll(/data-verdict="([a-z-]+)" data-window="(session [A-Z])" data-line="(\d+)"/g)].map((match) => match.slice(1)),
      [
        ['not-borne-out', 'session B', '42'],
        ['borne-out', 'session B', '64'],
        ['not-borne-out', 'session C', '65'],
      ],
    );
    assert.match(
      page,
      /✗ NOT BORNE OUT<\/span> <span class="printed">session B printed <code>I heard \[the message\] on channel \[my_channel\]<\/code><\/span>/,
    );
    assert.match(page, /✗ NOT BORNE OUT<\/span> <span class="printed">session C printed <em>nothing<\/em><\/span>/);
  });
});
