import type { Block, Statement, Tutorial } from './tutorial';
import { windowNamedIn } from './windows';

/** What an irb statement does: set a session up, subscribe, or publish. */
export type Action =
  | { readonly kind: 'setup' }
  | { readonly kind: 'subscribe'; readonly channel: string }
  | { readonly kind: 'publish'; readonly channel: string; readonly body: string };

/** The Redis-CLI window: the shell command that starts it and what is typed at its prompt. */
export interface MonitorCode {
  readonly block: Block;
  readonly command: readonly string[];
  readonly input: string;
}

/** An IRB session: the statements of its first block that set it up, and its subscribe, if it has one. */
export interface SessionCode {
  readonly setup: readonly Statement[];
  readonly subscribe: { readonly statement: Statement; readonly channel: string } | undefined;
}

export interface Publish {
  readonly statement: Statement;
  readonly channel: string;
  readonly body: string;
}

/** A block of the document, and the window a reader types it into: none for an install step. */
export interface Placed {
  readonly block: Block;
  readonly window: string | undefined;
  /** An irb block that makes a `Redis.new`: it opens its session. */
  readonly opens: boolean;
}

/** The code the literal driver runs, taken from the document and from nowhere else. */
export interface TutorialCode {
  readonly tutorial: Tutorial;
  readonly monitor: MonitorCode;
  /** By session name, `session B`, in the order the document opens them. */
  readonly sessions: ReadonlyMap<string, SessionCode>;
  readonly publishes: readonly Publish[];
  /** Every block, in document order, with its window. */
  readonly placed: readonly Placed[];
}

export const monitorWindow = 'the monitor';

/**
 * Reads the document as a reader does, block by block: the terminal block that runs `redis-cli`
 * and types `MONITOR` is the monitor; each irb block that makes a `Redis.new` opens the next
 * session (A, B, C); any other irb block goes on in the session that can still take input, one
 * not blocked in `subscribe` (when several can, the one the prose before the block names).
 */
export function codeOf(tutorial: Tutorial): TutorialCode {
  const sessions = new Map<string, { setup: Statement[]; subscribe: SessionCode['subscribe'] }>();
  const blocked = new Set<string>();
  const publishes: Publish[] = [];
  const placed: Placed[] = [];
  let monitor: MonitorCode | undefined;
  for (const block of tutorial.blocks) {
    if (block.kind === 'terminal') {
      const found = terminalWindow(tutorial, block);
      if (found === 'monitor') {
        if (monitor) throw cannotPlace(tutorial, block, `a second redis-cli MONITOR (the first is at line ${monitor.block.line})`);
        monitor = monitorCode(tutorial, block);
      }
      placed.push({ block, window: found === 'monitor' ? monitorWindow : undefined, opens: false });
      continue;
    }
    const opens = block.statements.some((statement) => statement.lines.some((line) => /\bRedis\.new\b/.test(line)));
    const name = opens ? `session ${String.fromCharCode(65 + sessions.size)}` : freeSession(tutorial, block, sessions, blocked);
    const session = sessions.get(name) ?? { setup: [], subscribe: undefined };
    sessions.set(name, session);
    block.statements.forEach((statement, index) => {
      const action = actionOf(tutorial, statement);
      if (action.kind === 'setup' && !opens)
        throw cannotPlace(tutorial, block, `a statement at line ${statement.line} that sets up ${name} after its first block`);
      if (action.kind === 'setup') session.setup.push(statement);
      if (action.kind === 'publish') publishes.push({ statement, channel: action.channel, body: action.body });
      if (action.kind === 'subscribe') {
        const after = block.statements.at(index + 1);
        if (after) throw cannotPlace(tutorial, block, `a statement at line ${after.line} after the subscribe that blocks ${name}`);
        session.subscribe = { statement, channel: action.channel };
        blocked.add(name);
      }
    });
    placed.push({ block, window: name, opens });
  }
  if (!monitor) throw tutorial.error('has no {% terminal %} block that starts `redis-cli` and types `MONITOR`');
  return { tutorial, monitor, sessions, publishes, placed };
}

function freeSession(tutorial: Tutorial, block: Block, sessions: ReadonlyMap<string, unknown>, blocked: ReadonlySet<string>): string {
  const free = [...sessions.keys()].filter((name) => !blocked.has(name));
  const only = free.at(0);
  if (free.length === 1 && only !== undefined) return only;
  if (free.length === 0) {
    const why = sessions.size === 0 ? 'no session is open yet (no `Redis.new` before it)' : `every session is blocked in subscribe`;
    throw cannotPlace(tutorial, block, `no session to type it in: ${why}`);
  }
  const named = block.intro
    .map((line) => windowNamedIn(line, [...sessions.keys()]))
    .filter((name) => name !== undefined)
    .at(-1);
  if (named !== undefined && free.includes(named)) return named;
  throw cannotPlace(tutorial, block, `no session named before it, and ${free.join(' and ')} can take input`);
}

/** `$ redis-cli` then `MONITOR` at its prompt: the monitor; install steps and starting irb: no window. */
function terminalWindow(tutorial: Tutorial, block: Block): 'monitor' | undefined {
  const typed = block.statements.map((statement) => statement.lines.join(' ').trim());
  if (typed.at(0)?.split(/\s+/)[0] === 'redis-cli') {
    if (typed.some((input) => /^monitor$/i.test(input))) return 'monitor';
    throw cannotPlace(tutorial, block, 'a redis-cli that is not typed `MONITOR`');
  }
  const notWindows = /^(?:sudo\s+)?(?:(?:brew|gem|apt-get|apt|bundle)\s+install\b|irb$)/;
  const other = block.statements.find((statement) => !notWindows.test(statement.lines.join(' ').trim()));
  if (other)
    throw cannotPlace(
      tutorial,
      block,
      `\`${other.lines.join(' ').trim()}\` at line ${other.line}, which is neither an install step nor redis-cli`,
    );
  return undefined;
}

function monitorCode(tutorial: Tutorial, block: Block): MonitorCode {
  const shell = block.statements.at(0);
  const input = block.statements.slice(1).find((statement) => /^monitor$/i.test(statement.lines.join(' ').trim()));
  if (!shell || !input) throw cannotPlace(tutorial, block, 'no redis-cli typed `MONITOR`');
  return { block, command: (shell.lines[0] ?? '').trim().split(/\s+/), input: input.lines.join(' ').trim() };
}

function cannotPlace(tutorial: Tutorial, block: Block, problem: string): Error {
  return tutorial.error(`has a ${tutorial.where(block)} the driver cannot place: ${problem}`);
}

/** A Ruby string literal without interpolation: `"my_channel"` or `'my_channel'`. */
const rubyStringLiteral = String.raw`"(?:[^"\\#]|\\.|#(?!\{))*"|'(?:[^'\\]|\\.)*'`;
const subscribeCall = new RegExp(String.raw`^\w+\.subscribe\(\s*(${rubyStringLiteral})\s*\)`);
const publishCall = new RegExp(String.raw`^\w+\.publish\(\s*(${rubyStringLiteral})\s*,\s*(${rubyStringLiteral})\s*\)\s*$`);

export function actionOf(tutorial: Tutorial, statement: Statement): Action {
  const first = statement.lines[0] ?? '';
  if (/^\w+\.subscribe\b/.test(first)) {
    const channel = subscribeCall.exec(first)?.[1];
    if (channel === undefined) throw unreadable(tutorial, statement);
    return { kind: 'subscribe', channel: rubyString(channel) };
  }
  if (/^\w+\.publish\b/.test(first)) {
    // Ruby's syntax made the statement: its arguments may stand on lines of their own.
    const match = publishCall.exec(statement.lines.join('\n'));
    if (!match?.[1] || !match[2]) throw unreadable(tutorial, statement);
    return { kind: 'publish', channel: rubyString(match[1]), body: rubyString(match[2]) };
  }
  return { kind: 'setup' };
}

function unreadable(tutorial: Tutorial, statement: Statement): Error {
  return tutorial.error(
    `has a statement at line ${statement.line} whose arguments are not plain strings: \`${statement.lines.join(' ').trim()}\``,
  );
}

const doubleQuotedEscapes: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', e: '\x1b', s: ' ', '0': '\0' };

function rubyString(literal: string): string {
  const quote = literal[0];
  const inner = literal.slice(1, -1);
  if (quote === "'") return inner.replace(/\\([\\'])/g, '$1');
  return inner.replace(/\\(.)/g, (_, escaped: string) => doubleQuotedEscapes[escaped] ?? escaped);
}
