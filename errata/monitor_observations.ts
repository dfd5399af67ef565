import { commandName, type MonitorLine } from '../support/windows/monitor/line';
import { actionOf, monitorWindow, type TutorialCode } from '../support/windows/drivers/literal/code';
import type { Prose } from '../support/windows/drivers/literal/tutorial';

/** What a sentence says the redis-cli window shows: subscribers by count or by rank, or messages posted. */
export type Sought =
  | { readonly command: 'subscribe'; readonly count: number }
  | { readonly command: 'subscribe'; readonly rank: number }
  | { readonly command: 'publish'; readonly count: number };

/** A sentence's observation of the Redis-CLI window: "you see a subscriber added". */
export interface MonitorObservation {
  readonly section: string;
  readonly line: number;
  readonly window: string;
  /** The words observed: `a subscriber added`. */
  readonly text: string;
  /** The index, in `code.placed`, of the block after which the monitor shows it. */
  readonly block: number;
  readonly sought: Sought;
  /** The session whose commands bear it out, by the tutorial's code; none where the code has no such session. */
  readonly from: string | undefined;
  /** The messages it posts, for a PUBLISH: channel and body as Ruby reads them. */
  readonly messages: ReadonlyArray<{ readonly channel: string; readonly body: string }>;
  /** What bears it out, in words: `a SUBSCRIBE from session B, the session that just subscribed (its block at line 78)`. */
  readonly reading: string;
}

/** A MONITOR line as the run's own redis-cli showed it, and the window whose client sent it. */
export interface Evidence {
  readonly window: string;
  readonly line: string;
}

export interface MonitorVerdict {
  readonly borneOut: boolean;
  /** The SUBSCRIBEs and PUBLISHes the monitor showed after the block, as `session B: "subscribe" "my_channel"`: the same from run to run. */
  readonly printed: readonly string[];
  /** The lines that bear it out, or those it showed instead. */
  readonly evidence: readonly Evidence[];
}

const ranks = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];
const counts: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, another: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
const countWords = Object.keys(counts).join('|');
const namesTheMonitor = /\bredis-cli\b[\s\S]*?\b(?:window|tab|terminal)\b|\b(?:window|tab|terminal)\b[\s\S]*?\bredis-cli\b/i;
const observes = /\b(?:see|observe|notice|watch)\b/i;
const byRank = new RegExp(String.raw`\bthe\s+(${ranks.join('|')})\s+subscriber\b`, 'i');
const byCount = new RegExp(String.raw`\b(${countWords})\s+(?:new\s+)?subscribers?(?:\s+added)?\b`, 'i');
const posted = new RegExp(String.raw`\b(${countWords})\s+messages?\s+(?:(?:was|were)\s+)?(?:posted|published)\b`, 'i');

/** Whether a sentence observes the Redis-CLI window: it names that window and says to see something there. */
export function observesTheMonitor(prose: Prose): boolean {
  return namesTheMonitor.test(prose.text) && observes.test(prose.text);
}

/**
 * The observation of the Redis-CLI window a sentence makes, read with the tutorial's code: "a
 * subscriber added" is a SUBSCRIBE from the session that just subscribed; "the second subscriber"
 * a SUBSCRIBE from the second session to subscribe; "a message was posted" a PUBLISH, from the
 * session that published, of the message it published. Undefined for words it cannot read.
 */
export function readMonitorObservation(
  code: TutorialCode,
  prose: Prose,
  block: number,
): Omit<MonitorObservation, 'section' | 'block'> | undefined {
  const content = prose.inline.content;
  const rank = byRank.exec(content);
  const count = byCount.exec(content);
  const messages = posted.exec(content);
  const match = rank ?? count ?? messages;
  if (!match?.[1]) return undefined;
  const word = match[1].toLowerCase();
  const at = {
    line: prose.line + (content.slice(0, match.index).match(/\n/g)?.length ?? 0),
    window: monitorWindow,
    text: match[0].replace(/\s+/g, ' '),
  };
  const placed = code.placed.at(block);
  const where = `its block at line ${placed?.block.line ?? '?'}`;
  const session = placed?.window;
  const actions = (placed?.block.statements ?? []).map((statement) => actionOf(code.tutorial, statement));
  if (rank) {
    const number = ranks.indexOf(word) + 1;
    const from = subscribersInOrder(code).at(number - 1);
    const reading = from
      ? `a SUBSCRIBE from ${from}, the ${word} session to subscribe`
      : `a SUBSCRIBE from the ${word} session to subscribe, which the tutorial's code does not have`;
    return { ...at, sought: { command: 'subscribe', rank: number }, from, messages: [], reading };
  }
  const number = counts[word] ?? 1;
  if (count) {
    const from = actions.some(({ kind }) => kind === 'subscribe') ? session : undefined;
    const who = from ? `${from}, the session that just subscribed (${where})` : `the session that just subscribed: none did in ${where}`;
    const reading = number === 1 ? `a SUBSCRIBE from ${who}` : `${number} SUBSCRIBEs, each from a session of its own, one of them ${who}`;
    return { ...at, sought: { command: 'subscribe', count: number }, from, messages: [], reading };
  }
  const published = actions.flatMap((action) => (action.kind === 'publish' ? [{ channel: action.channel, body: action.body }] : []));
  const from = published.length > 0 ? session : undefined;
  const what = published.map(({ channel, body }) => `${JSON.stringify(body)} to ${channel}`).join(', ');
  const reading = from
    ? `${number === 1 ? 'a PUBLISH' : `${number} PUBLISHes`} from ${from} of what ${where} publishes: ${what}`
    : `a PUBLISH from the session that published: none did in ${where}`;
  return { ...at, sought: { command: 'publish', count: number }, from, messages: published, reading };
}

/** The sessions that subscribe, in the order the tutorial's code has them subscribe. */
function subscribersInOrder(code: TutorialCode): string[] {
  const order = code.placed.flatMap(({ block, window }) =>
    window !== undefined && block.statements.some((statement) => actionOf(code.tutorial, statement).kind === 'subscribe') ? [window] : [],
  );
  return [...new Set(order)];
}

/**
 * Sets an observation beside what the run's own monitor showed: `shown` the MONITOR lines of each
 * block (from it until the next), `clients` the session each client address is.
 */
export function checkMonitor(
  observation: MonitorObservation,
  shown: ReadonlyArray<readonly MonitorLine[]>,
  clients: ReadonlyMap<string, string>,
): MonitorVerdict {
  const who = (line: MonitorLine): string => clients.get(line.source) ?? `another client (${line.source})`;
  const relevant = (lines: readonly MonitorLine[]): MonitorLine[] =>
    lines.filter((line) => ['subscribe', 'publish'].includes(commandName(line)));
  const after = relevant(shown[observation.block] ?? []);
  const subscribes = after.filter((line) => commandName(line) === 'subscribe');
  const { sought, from } = observation;
  let bearing: MonitorLine[] = [];
  if (sought.command === 'subscribe' && 'rank' in sought) {
    const order = [
      ...new Set(
        relevant(shown.slice(0, observation.block + 1).flat())
          .filter((line) => commandName(line) === 'subscribe')
          .map(who),
      ),
    ];
    const own = subscribes.filter((line) => who(line) === from);
    if (from !== undefined && order[sought.rank - 1] === from) bearing = own;
  } else if (sought.command === 'subscribe') {
    const sessions = new Set(subscribes.map(who));
    if (from !== undefined && sessions.size === sought.count && sessions.has(from)) bearing = subscribes;
  } else {
    const own = after.filter((line) => commandName(line) === 'publish' && who(line) === from);
    const matches = observation.messages.length === sought.count && own.length === sought.count;
    if (matches && own.every((line, index) => sameMessage(line, observation.messages[index]))) bearing = own;
  }
  const borneOut = bearing.length > 0;
  const text = (line: MonitorLine): string => `${line.time} [${line.db} ${line.source}] ${line.command}`;
  return {
    borneOut,
    printed: after.map((line) => `${who(line)}: ${line.command}`),
    evidence: (borneOut ? bearing : after).map((line) => ({ window: who(line), line: text(line) })),
  };
}

/** Whether a PUBLISH line carries this message, its arguments quoted as MONITOR quotes them. */
function sameMessage(line: MonitorLine, message: { channel: string; body: string } | undefined): boolean {
  if (!message) return false;
  return line.command.replace(/^"[^"]*" /, '') === [message.channel, message.body].map(monitorQuoted).join(' ');
}

/** A string as MONITOR prints an argument: in quotes, `\\`, `\"`, `\n`, `\r`, `\t`, `\a`, `\b` escaped, any other byte outside printable ASCII as `\xNN`. */
export function monitorQuoted(text: string): string {
  const named: Readonly<Record<number, string>> = { 7: '\\a', 8: '\\b', 9: '\\t', 10: '\\n', 13: '\\r', 34: '\\"', 92: '\\\\' };
  const bytes = [...Buffer.from(text, 'utf8')];
  const inner = bytes.map(
    (byte) => named[byte] ?? (byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, '0')}`),
  );
  return `"${inner.join('')}"`;
}
