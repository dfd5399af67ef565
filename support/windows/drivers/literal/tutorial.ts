import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type MarkdownIt from 'markdown-it';
import { parse as parseYaml } from 'yaml';
import { SettingError } from '../../../server/settings';
import { jekyllMarkdown, liquidTagIn, type BodyLine, type LiquidBlockMeta } from './jekyll_markdown';
import { rubyStatements } from './ruby_statements';

/** One thing a reader types, as the document shows it, without the prompt it is typed at. */
export interface Statement {
  /** `$ ` or `> ` for a shell or irb, or a program's own prompt such as `redis 127.0.0.1:6379> `. */
  readonly prompt: string;
  /** The first line and its continuation lines, as typed. */
  readonly lines: readonly string[];
  /** Where it stands in the document, counting from 1. */
  readonly line: number;
}

/** A paragraph outside the blocks and headings (in a list item too): its text on one line, where it starts, and under which heading. */
export interface Prose {
  readonly text: string;
  readonly line: number;
  readonly heading: string | undefined;
  /** markdown-it's inline token of the paragraph: its children are its text, code spans and line breaks. */
  readonly inline: MarkdownIt.Token;
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
  /** markdown-it's `liquid_block` token of the block. */
  readonly token: MarkdownIt.Token;
}

export interface Section {
  readonly heading: string;
  readonly line: number;
  /** The section's paragraphs outside its blocks, each on one line. */
  readonly prose: readonly string[];
  readonly blocks: readonly Block[];
}

/** The Liquid block tags of the tutorial's site: each opens a terminal window on the page. */
export const blockTags = ['irb', 'terminal'] as const;

/** The tutorial's markdown as its site reads it: its blocks and prose in document order, its sections by heading, and markdown-it's tokens. */
export class Tutorial {
  constructor(
    readonly path: string,
    readonly text: string,
    readonly title: string | undefined,
    readonly tokens: readonly MarkdownIt.Token[],
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

const markdown = jekyllMarkdown(blockTags);

/** A block as read before its statements: Ruby reads every irb block's at once. */
interface Found extends Omit<Block, 'statements'> {
  readonly body: readonly BodyLine[];
}

/** Reads the document with markdown-it, as CommonMark with Jekyll's front matter and Liquid blocks, then each irb block's statements with Ruby's parser. */
export function parseTutorial(text: string, path: string): Tutorial {
  const error = (problem: string): SettingError => documentError(path, problem);
  const tokens = markdown.parse(text, {});
  const sections: Array<{ heading: string; line: number; prose: string[]; blocks: Block[] }> = [];
  const found: Found[] = [];
  const prose: Prose[] = [];
  let title: string | undefined;
  let intro: string[] = [];
  const where = (kind: string, line: number): string => {
    const heading = sections.at(-1)?.heading;
    return `{% ${kind} %} block at line ${line}${heading ? ` (section "${heading}")` : ''}`;
  };
  tokens.forEach((token, index) => {
    const line = (token.map?.[0] ?? 0) + 1;
    const inlineTag = ['inline', 'fence', 'code_block'].includes(token.type) ? liquidTagIn(token.content, blockTags) : undefined;
    if (inlineTag)
      throw error(
        `has a ${inlineTag.tag} within a line at line ${line + inlineTag.line}, where Jekyll opens a block too: put each tag on a line of its own`,
      );
    if (token.type === 'front_matter') title = titleOf(token.content, error);
    if (token.type === 'liquid_stray_end') throw error(`has a {% end${token.info} %} at line ${line} that closes no block`);
    if (token.type === 'liquid_block') {
      const kind = token.info as Block['kind'];
      const { body, problem } = token.meta as LiquidBlockMeta;
      if (problem?.kind === 'nested') throw error(`has a {% ${problem.tag} %} at line ${problem.line} inside the ${where(kind, line)}`);
      if (problem?.kind === 'crossed') throw error(`closes the ${where(kind, line)} with {% end${problem.tag} %}`);
      if (problem?.kind === 'unclosed') throw error(`never closes the ${where(kind, line)} (no {% end${kind} %})`);
      found.push({ kind, line, end: token.map?.[1] ?? line, heading: sections.at(-1)?.heading, intro, body, token });
      intro = [];
    }
    if (token.type !== 'inline') return;
    if (tokens[index - 1]?.type === 'heading_open') {
      sections.push({ heading: token.content, line, prose: [], blocks: [] });
    } else if (token.content.trim() !== '') {
      const paragraph = token.content
        .split('\n')
        .map((part) => part.trim())
        .join(' ');
      sections.at(-1)?.prose.push(paragraph);
      prose.push({ text: paragraph, line, heading: sections.at(-1)?.heading, inline: token });
      intro.push(paragraph);
    }
  });
  const irbBlocks = found.filter(({ kind }) => kind === 'irb');
  const groupings = rubyStatements(irbBlocks.map(({ body }) => typed(body).map(({ code }) => code)));
  const blocks = found.map((block): Block => {
    const problem = (what: string): SettingError => error(`has a ${blockWhere(block)} ${what}`);
    const index = irbBlocks.indexOf(block);
    const grouping = index < 0 ? undefined : groupings.at(index);
    const statements = grouping ? irbStatements(typed(block.body), grouping, problem) : terminalStatements(block.body, problem);
    if (statements.length === 0) throw problem('that is empty');
    const read: Block = { ...block, statements };
    [...sections]
      .reverse()
      .find((section) => section.line < block.line)
      ?.blocks.push(read);
    return read;
  });
  return new Tutorial(path, text, title, tokens, sections, blocks, prose);
}

function blockWhere(block: Found): string {
  return `{% ${block.kind} %} block at line ${block.line}${block.heading === undefined ? '' : ` (section "${block.heading}")`}`;
}

function titleOf(yaml: string, error: (problem: string) => SettingError): string | undefined {
  let matter: unknown;
  try {
    matter = parseYaml(yaml);
  } catch (problem) {
    throw error(`has front matter that is not YAML (${problem instanceof Error ? problem.message.split('\n')[0] : String(problem)})`);
  }
  const title = typeof matter === 'object' && matter !== null ? (matter as Record<string, unknown>).title : undefined;
  return typeof title === 'string' ? title : undefined;
}

/** The prompts a document shows before what the reader types in a shell or in irb. */
export const readerPrompts = ['$ ', '> '] as const;
const programPrompt = /^(.*?> )(.*)$/;

/** A block's lines but the blank ones, each without the prompt it shows, if any. */
function typed(body: readonly BodyLine[]): Array<BodyLine & { prompt: string | undefined; code: string }> {
  return body
    .filter(({ text }) => text.trim() !== '')
    .map((line) => {
      const prompt = readerPrompts.find((candidate) => line.text.startsWith(candidate));
      return { ...line, prompt, code: prompt === undefined ? line.text : line.text.slice(prompt.length) };
    });
}

/** In an irb block, statements as irb reads them (Ruby's syntax); each starts at a `$ ` or `> ` prompt. */
function irbStatements(
  lines: ReturnType<typeof typed>,
  grouping: ReturnType<typeof rubyStatements>[number],
  problem: (what: string) => SettingError,
): Statement[] {
  const starting = (index: number): { prompt: string; line: number } => {
    const first = lines.at(index);
    if (first?.prompt === undefined)
      throw problem(`whose line ${first?.line ?? '?'} \`${first?.text.trim() ?? ''}\` has no prompt (\`$ \` or \`> \`)`);
    return { prompt: first.prompt, line: first.line };
  };
  const statements = grouping.statements.map(([first, last]) => ({
    ...starting(first),
    lines: lines.slice(first, last + 1).map(({ code }) => code),
  }));
  if (grouping.open) {
    const [first, complaint] = grouping.open;
    const { line } = starting(first);
    throw problem(`whose statement at line ${line} is still open at its end (Ruby: ${complaint})`);
  }
  return statements;
}

/** In a terminal block each line is typed at a prompt: `$ ` or `> ` for the shell, or the running program's own, such as `redis 127.0.0.1:6379> `. */
function terminalStatements(body: readonly BodyLine[], problem: (what: string) => SettingError): Statement[] {
  return typed(body).map(({ text, line, prompt, code }) => {
    if (prompt !== undefined) return { prompt, lines: [code], line };
    const [, program, input] = programPrompt.exec(text) ?? [];
    if (!program) throw problem(`whose line ${line} \`${text.trim()}\` has no prompt (\`$ \` or \`> \` or \`...> \`)`);
    return { prompt: program, lines: [input], line };
  });
}
