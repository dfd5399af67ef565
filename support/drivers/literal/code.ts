import type { Section, Statement, Tutorial } from './tutorial';

/** The sections of the tutorial's experiments, in its order: the features restate each. */
export const monitorSection = 'Start Redis-CLI';
const experimentSections = [
  monitorSection,
  'Start IRB Session "A"',
  'Start IRB Session "B"',
  'Publish in IRB Session A',
  'Start IRB Session "C"',
  'Broadcast to the Channel',
] as const;

const sessionSection = /^Start IRB Session "([A-Z])"$/;

/** What an irb statement does: set a session up, subscribe, or publish. */
export type Action =
  | { readonly kind: 'setup' }
  | { readonly kind: 'subscribe'; readonly channel: string }
  | { readonly kind: 'publish'; readonly channel: string; readonly body: string };

/** The Redis-CLI window: the shell command that starts it and what is typed at its prompt. */
export interface MonitorCode {
  readonly command: readonly string[];
  readonly input: string;
}

/** An IRB session's own section: the statements that set it up, and its subscribe, if it has one. */
export interface SessionCode {
  readonly setup: readonly Statement[];
  readonly subscribe: { readonly statement: Statement; readonly channel: string } | undefined;
}

export interface Publish {
  readonly statement: Statement;
  readonly channel: string;
  readonly body: string;
}

/** The code the literal driver runs, taken from the document and from nowhere else. */
export interface TutorialCode {
  readonly tutorial: Tutorial;
  readonly monitor: MonitorCode;
  /** By session name, `session B`, in the order the document starts them. */
  readonly sessions: ReadonlyMap<string, SessionCode>;
  readonly publishes: readonly Publish[];
}

export function codeOf(tutorial: Tutorial): TutorialCode {
  for (const heading of experimentSections) tutorial.section(heading);
  const sessions = new Map<string, SessionCode>();
  for (const section of tutorial.sections) {
    const letter = sessionSection.exec(section.heading)?.[1];
    if (letter) sessions.set(`session ${letter}`, sessionCode(tutorial, section));
  }
  const publishes = tutorial.sections.flatMap((section) =>
    irbStatements(section).flatMap((statement) => {
      const action = actionOf(tutorial, statement);
      return action.kind === 'publish' ? [{ statement, channel: action.channel, body: action.body }] : [];
    }),
  );
  return { tutorial, monitor: monitorCode(tutorial), sessions, publishes };
}

function irbStatements(section: Section): Statement[] {
  return section.blocks.filter((block) => block.kind === 'irb').flatMap((block) => block.statements);
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
    const match = statement.lines.length === 1 ? publishCall.exec(first) : null;
    if (!match?.[1] || !match[2]) throw unreadable(tutorial, statement);
    return { kind: 'publish', channel: rubyString(match[1]), body: rubyString(match[2]) };
  }
  return { kind: 'setup' };
}

function sessionCode(tutorial: Tutorial, section: Section): SessionCode {
  const statements = irbStatements(section);
  if (statements.length === 0) throw tutorial.error(`has no {% irb %} block in section "${section.heading}"`);
  let subscribe: SessionCode['subscribe'];
  const setup: Statement[] = [];
  for (const statement of statements) {
    const action = actionOf(tutorial, statement);
    if (action.kind === 'setup') setup.push(statement);
    else if (action.kind === 'subscribe') subscribe ??= { statement, channel: action.channel };
  }
  return { setup, subscribe };
}

function monitorCode(tutorial: Tutorial): MonitorCode {
  const section = tutorial.section(monitorSection);
  const statements = section.blocks.filter((block) => block.kind === 'terminal').flatMap((block) => block.statements);
  const shell = statements.find((statement) => statement.prompt === '$ ');
  const typed = statements.find((statement) => statement.prompt !== '$ ');
  const command = (shell?.lines[0] ?? '').trim().split(/\s+/);
  if (command[0] !== 'redis-cli' || !typed?.lines[0]) {
    throw tutorial.error(`does not start \`redis-cli\` and type a command at its prompt in section "${monitorSection}"`);
  }
  return { command, input: typed.lines[0].trim() };
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
