import MarkdownIt from 'markdown-it';

/** A line of a Liquid block's body, as written, and where it stands (counting from 1). */
export interface BodyLine {
  readonly text: string;
  readonly line: number;
}

/** What went wrong with a Liquid block: the document stops there, as a Jekyll build would. */
export type LiquidProblem =
  | { readonly kind: 'nested'; readonly tag: string; readonly line: number }
  | { readonly kind: 'crossed'; readonly tag: string; readonly line: number }
  | { readonly kind: 'unclosed' };

/** The `meta` of a `liquid_block` token: its body, line by line, and its problem, if any. */
export type LiquidBlockMeta = {
  readonly body: readonly BodyLine[];
  readonly problem: LiquidProblem | undefined;
};

const tagLine = /^\s*\{%-?\s*(end)?([a-z_]+)\s*-?%\}\s*$/;
const tagAnywhere = /\{%-?\s*(end)?([a-z_]+)\s*-?%\}/;

/**
 * Markdown as a Jekyll page is written: YAML front matter at the very top (a `front_matter` token,
 * its YAML as `content`), CommonMark, and the Liquid block tags named, each alone on its line, as
 * blocks of their own (`{% irb %}` ... `{% endirb %}`: a `liquid_block` token whose `info` is the
 * tag and whose `meta` is a LiquidBlockMeta). Every token keeps its source lines in `map`. A block
 * tag that is not alone on its line stays text: `liquidTagIn` finds it.
 */
export function jekyllMarkdown(blockTags: readonly string[]): MarkdownIt.MarkdownIt {
  const md = new MarkdownIt('commonmark');
  md.block.ruler.before('hr', 'front_matter', frontMatter);
  md.block.ruler.before('code', 'liquid_block', liquidBlock(blockTags), { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  return md;
}

/** A block tag of `blockTags` within a line of text: `{% irb %}` and its line within `text`, counting from 0. */
export function liquidTagIn(text: string, blockTags: readonly string[]): { tag: string; line: number } | undefined {
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    const match = tagAnywhere.exec(line);
    if (match?.[2] && blockTags.includes(match[2])) return { tag: match[0], line: index };
  }
  return undefined;
}

function lineText(state: MarkdownIt.StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line] ?? 0, state.eMarks[line] ?? 0);
}

function frontMatter(state: MarkdownIt.StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (startLine !== 0 || state.blkIndent !== 0 || lineText(state, 0) !== '---') return false;
  let close = 1;
  while (close < endLine && !/^(?:---|\.\.\.)$/.test(lineText(state, close))) close += 1;
  if (close >= endLine) return false;
  if (silent) return true;
  const token = state.push('front_matter', '', 0);
  token.block = true;
  token.hidden = true;
  token.map = [0, close + 1];
  token.content = state.getLines(1, close, 0, true);
  state.line = close + 1;
  return true;
}

/** The block tag alone on this line, if any: `{% irb %}` or `{% endirb %}`. */
function tagOn(text: string, blockTags: readonly string[]): { tag: string; closes: boolean } | undefined {
  const match = tagLine.exec(text);
  const tag = match?.[2];
  return tag !== undefined && blockTags.includes(tag) ? { tag, closes: match?.[1] === 'end' } : undefined;
}

function liquidBlock(blockTags: readonly string[]) {
  return (state: MarkdownIt.StateBlock, startLine: number, endLine: number, silent: boolean): boolean => {
    const opening = tagOn(lineText(state, startLine), blockTags);
    if (!opening) return false;
    if (silent) return true;
    const { tag } = opening;
    if (opening.closes) {
      const stray = state.push('liquid_stray_end', '', 0);
      stray.info = tag;
      stray.map = [startLine, startLine + 1];
      state.line = endLine;
      return true;
    }
    const body: BodyLine[] = [];
    let problem: LiquidProblem | undefined = { kind: 'unclosed' };
    let line = startLine + 1;
    for (; line < endLine; line += 1) {
      const inner = tagOn(lineText(state, line), blockTags);
      if (inner) {
        if (!inner.closes) problem = { kind: 'nested', tag: inner.tag, line: line + 1 };
        else problem = inner.tag === tag ? undefined : { kind: 'crossed', tag: inner.tag, line: line + 1 };
        break;
      }
      body.push({ text: lineText(state, line), line: line + 1 });
    }
    const token = state.push('liquid_block', tag, 0);
    token.block = true;
    token.info = tag;
    token.content = body.map(({ text }) => text).join('\n');
    token.map = [startLine, Math.min(line + 1, endLine)];
    const meta: LiquidBlockMeta = { body, problem };
    token.meta = meta;
    state.line = problem === undefined ? line + 1 : endLine;
    return true;
  };
}
