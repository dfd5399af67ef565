import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SettingError } from '../../settings';

/** One thing a reader types, as the document shows it, without the prompt it is typed at. */
export interface Statement {
  /** `$ ` for a shell or irb, or a program's own prompt such as `redis 127.0.0.1:6379> `. */
  readonly prompt: string;
  /** The first line and its continuation lines, as typed. */
  readonly lines: readonly string[];
  /** Where it stands in the document, counting from 1. */
  readonly line: number;
}

/** A `{% irb %}` or `{% terminal %}` block. */
export interface Block {
  readonly kind: 'irb' | 'terminal';
  readonly line: number;
  /** The prose between the previous block (or the heading) and this one: what the reader is told to do. */
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

/** The tutorial's markdown, read into sections by heading and the code blocks of each. */
export class Tutorial {
  constructor(
    readonly path: string,
    readonly sections: readonly Section[],
  ) {}

  section(heading: string): Section {
    const section = this.sections.find((candidate) => candidate.heading === heading);
    if (!section) throw this.error(`has no section "${heading}"`);
    return section;
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
  let intro: string[] = [];
  let open: { kind: Block['kind']; line: number; body: Array<{ text: string; line: number }> } | undefined;
  const where = (kind: string, line: number): string => {
    const heading = sections.at(-1)?.heading;
    return `{% ${kind} %} block at line ${line}${heading ? ` (section "${heading}")` : ''}`;
  };

  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const opening = openTag.exec(raw);
    const closing = closeTag.exec(raw);
    if (open) {
      const block = open;
      if (opening) throw error(`has a {% ${opening[1]} %} at line ${line} inside the ${where(block.kind, block.line)}`);
      if (!closing) return void block.body.push({ text: raw, line });
      if (closing[1] !== block.kind) throw error(`closes the ${where(block.kind, block.line)} with {% end${closing[1]} %}`);
      const statements = parseStatements(block.kind, block.body, (problem) => error(`has a ${where(block.kind, block.line)} ${problem}`));
      sections.at(-1)?.blocks.push({ kind: block.kind, line: block.line, intro, statements });
      intro = [];
      open = undefined;
      return;
    }
    if (opening) return void (open = { kind: opening[1] as Block['kind'], line, body: [] });
    if (closing) throw error(`has a {% end${closing[1]} %} at line ${line} that closes no block`);
    const heading = headingLine.exec(raw)?.[1];
    if (heading !== undefined) {
      sections.push({ heading, line, prose: [], blocks: [] });
      intro = [];
    } else if (raw.trim() !== '') {
      sections.at(-1)?.prose.push(raw.trim());
      intro.push(raw.trim());
    }
  });
  if (open) throw error(`never closes the ${where(open.kind, open.line)} (no {% end${open.kind} %})`);
  return new Tutorial(path, sections);
}

const shellPrompt = '$ ';
const programPrompt = /^(.*?> )(.*)$/;

/**
 * In an irb block each `$ ` starts a statement and the lines without it continue the statement
 * (a `do ... end` block). In a terminal block each line is typed at a prompt: `$ ` for the shell,
 * or the running program's own, such as `redis 127.0.0.1:6379> `.
 */
function parseStatements(
  kind: Block['kind'],
  body: ReadonlyArray<{ text: string; line: number }>,
  error: (problem: string) => SettingError,
): Statement[] {
  const statements: Array<{ prompt: string; lines: string[]; line: number }> = [];
  for (const { text, line } of body) {
    if (text.trim() === '') continue;
    if (text.startsWith(shellPrompt)) {
      statements.push({ prompt: shellPrompt, lines: [text.slice(shellPrompt.length)], line });
    } else if (kind === 'irb' && statements.length > 0) {
      statements.at(-1)?.lines.push(text);
    } else {
      const typed = kind === 'terminal' ? programPrompt.exec(text) : null;
      if (!typed) throw error(`whose line ${line} \`${text.trim()}\` has no prompt (\`$ \`${kind === 'terminal' ? ' or `...> `' : ''})`);
      statements.push({ prompt: typed[1], lines: [typed[2]], line });
    }
  }
  if (statements.length === 0) throw error('that is empty');
  return statements;
}
