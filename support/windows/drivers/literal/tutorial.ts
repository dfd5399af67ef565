import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SettingError } from '../../../server/settings';

/** One thing a reader types, as the document shows it, without the prompt it is typed at. */
export interface Statement {
  /** `$ ` or `> ` for a shell or irb, or a program's own prompt such as `redis 127.0.0.1:6379> `. */
  readonly prompt: string;
  /** The first line and its continuation lines, as typed. */
  readonly lines: readonly string[];
  /** Where it stands in the document, counting from 1. */
  readonly line: number;
}

/** A line of text outside the blocks and headings, trimmed, where it stands, and under which heading. */
export interface Prose {
  readonly text: string;
  readonly line: number;
  readonly heading: string | undefined;
}

/** A `{% irb %}` or `{% terminal %}` block. */
export interface Block {
  readonly kind: 'irb' | 'terminal';
  readonly line: number;
  /** The line of its end tag. */
  readonly end: number;
  readonly heading: string | undefined;
  /** The prose between the previous block and this one: what the reader is told to do. */
  readonly intro: readonly string[];
  readonly statements: readonly Statement[];
}

export interface Section {
  readonly heading: string;
  readonly line: number;
  /** The section's text outside its blocks, one entry a line, blank lines left out. */
  readonly prose: readonly string[];
  readonly blocks: readonly Block[];
}

/** The tutorial's markdown: its blocks and prose in document order, and its sections by heading. */
export class Tutorial {
  constructor(
    readonly path: string,
    readonly text: string,
    readonly sections: readonly Section[],
    readonly blocks: readonly Block[],
    readonly prose: readonly Prose[],
  ) {}

  /** `{% irb %} block at line 20 (section "Start IRB Session "B"")` */
  where(block: Block): string {
    return `{% ${block.kind} %} block at line ${block.line}${block.heading === undefined ? '' : ` (section "${block.heading}")`}`;
  }

  error(problem: string): SettingError {
    return documentError(this.path, problem);
  }
}

/** One line naming the setting, what is wrong with the document, and the fix. */
function documentError(path: string, problem: string): SettingError {
  return new SettingError(`TUTORIAL_PATH=${path} ${problem}: point TUTORIAL_PATH at the tutorial's markdown, or fix the document.`);
}

export function readTutorial(path: string): Tutorial {
  let text: string;
  try {
    text = readFileSync(resolve(path), 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new SettingError(`TUTORIAL_PATH=${path} cannot be read (${reason}): set it to the tutorial's markdown file.`);
  }
  return parseTutorial(text, path);
}

const headingLine = /^#{1,6}\s+(.+?)\s*#*\s*$/;
const openTag = /^\{%\s*(irb|terminal)\s*%\}\s*$/;
const closeTag = /^\{%\s*end(irb|terminal)\s*%\}\s*$/;

export function parseTutorial(text: string, path: string): Tutorial {
  const error = (problem: string): SettingError => documentError(path, problem);
  const sections: Array<{ heading: string; line: number; prose: string[]; blocks: Block[] }> = [];
  const blocks: Block[] = [];
  const prose: Prose[] = [];
  let intro: string[] = [];
  let open: { kind: Block['kind']; line: number; body: Array<{ text: string; line: number }> } | undefined;
  const where = (kind: string, line: number): string => {
    const heading = sections.at(-1)?.heading;
    return `{% ${kind} %} block at line ${line}${heading ? ` (section "${heading}")` : ''}`;
  };

  const lines = text.split(/\r?\n/);
  const frontMatterEnd = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (index <= frontMatterEnd) return;
    const opening = openTag.exec(raw);
    const closing = closeTag.exec(raw);
    if (open) {
      const block = open;
      if (opening) throw error(`has a {% ${opening[1]} %} at line ${line} inside the ${where(block.kind, block.line)}`);
      if (!closing) return void block.body.push({ text: raw, line });
      if (closing[1] !== block.kind) throw error(`closes the ${where(block.kind, block.line)} with {% end${closing[1]} %}`);
      const statements = parseStatements(block.kind, block.body, (problem) => error(`has a ${where(block.kind, block.line)} ${problem}`));
      const read = { kind: block.kind, line: block.line, end: line, heading: sections.at(-1)?.heading, intro, statements };
      blocks.push(read);
      sections.at(-1)?.blocks.push(read);
      intro = [];
      open = undefined;
      return;
    }
    if (opening) return void (open = { kind: opening[1] as Block['kind'], line, body: [] });
    if (closing) throw error(`has a {% end${closing[1]} %} at line ${line} that closes no block`);
    const heading = headingLine.exec(raw)?.[1];
    if (heading !== undefined) {
      sections.push({ heading, line, prose: [], blocks: [] });
    } else if (raw.trim() !== '') {
      sections.at(-1)?.prose.push(raw.trim());
      prose.push({ text: raw.trim(), line, heading: sections.at(-1)?.heading });
      intro.push(raw.trim());
    }
  });
  if (open) throw error(`never closes the ${where(open.kind, open.line)} (no {% end${open.kind} %})`);
  return new Tutorial(path, text, sections, blocks, prose);
}

/** The prompts a document shows before what the reader types in a shell or in irb. */
export const readerPrompts = ['$ ', '> '] as const;
const programPrompt = /^(.*?> )(.*)$/;

/**
 * In an irb block each `$ ` or `> ` starts a statement and the lines without one continue the
 * statement (a `do ... end` block). In a terminal block each line is typed at a prompt: `$ ` or
 * `> ` for the shell, or the running program's own, such as `redis 127.0.0.1:6379> `.
 */
function parseStatements(
  kind: Block['kind'],
  body: ReadonlyArray<{ text: string; line: number }>,
  error: (problem: string) => SettingError,
): Statement[] {
  const statements: Array<{ prompt: string; lines: string[]; line: number }> = [];
  for (const { text, line } of body) {
    if (text.trim() === '') continue;
    const prompt = readerPrompts.find((candidate) => text.startsWith(candidate));
    if (prompt !== undefined) {
      statements.push({ prompt, lines: [text.slice(prompt.length)], line });
    } else if (kind === 'irb' && statements.length > 0) {
      statements.at(-1)?.lines.push(text);
    } else {
      const typed = kind === 'terminal' ? programPrompt.exec(text) : null;
      if (!typed)
        throw error(`whose line ${line} \`${text.trim()}\` has no prompt (\`$ \` or \`> \`${kind === 'terminal' ? ' or `...> `' : ''})`);
      statements.push({ prompt: typed[1], lines: [typed[2]], line });
    }
  }
  if (statements.length === 0) throw error('that is empty');
  return statements;
}
