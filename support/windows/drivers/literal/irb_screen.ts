import { stripVTControlCharacters } from 'node:util';
import { Transcript } from '../../transcript';

/**
 * irb's simple prompts, followed by its indentation: `>> `, `?> ` where a statement goes on, and
 * where a literal does, its kind (`"> `, `'> `, `/> `, `:> `, `` `> ``, `]> `). Not `=>`, a result cut short.
 */
const prompt = /^[>?"'/:`\]]> *$/;

/**
 * A line of irb's terminal: its prompt, the empty line it may show before each prompt (its spacing),
 * the echo of what was typed, a result (`=> 1`), or output.
 */
export interface ScreenLine {
  readonly kind: 'prompt' | 'spacing' | 'echo' | 'result' | 'output';
  readonly text: string;
}

/**
 * irb's terminal read line by line, as it arrives. Some irbs show an empty line before every prompt
 * (irb 1.13 on a terminal does), some never (irb 1.4): whether this one does is what it showed
 * before its first prompt, when nothing typed has run yet. An empty line is read once what follows
 * it says whose it is: right before a prompt of an irb that spaces its prompts, it is irb's own;
 * anywhere else, output.
 */
export class IrbScreen {
  /** Everything the terminal showed, in order. */
  readonly lines: Transcript<ScreenLine>;
  private partial = '';
  private typing: string | undefined;
  private spacesPrompts: boolean | undefined;
  /** An empty line whose kind waits on what the terminal shows next. */
  private emptyLineHeld = false;

  constructor(
    owner: string,
    /** Where the output goes: what the session printed. */
    private readonly printed: Transcript<string>,
  ) {
    this.lines = new Transcript<ScreenLine>(`${owner}'s irb`, (line) => line.text);
  }

  /** What is typed next, whose echo the terminal shows as the line ending with it. */
  typed(line: string): void {
    this.typing = line;
  }

  read(chunk: string): void {
    this.partial += chunk;
    let end: number;
    while ((end = this.partial.indexOf('\n')) >= 0) {
      const text = stripVTControlCharacters(this.partial.slice(0, end)).replace(/\r$/, '');
      this.partial = this.partial.slice(end + 1);
      this.line(text);
    }
    if (prompt.test(this.partial) && this.lines.entries.at(-1)?.kind !== 'prompt') {
      this.spacesPrompts ??= this.emptyLineHeld;
      if (this.emptyLineHeld) this.lines.add({ kind: 'spacing', text: '' });
      this.emptyLineHeld = false;
      this.lines.add({ kind: 'prompt', text: this.partial.trimEnd() });
    }
  }

  private line(text: string): void {
    this.releaseEmptyLine();
    if (text === '' && this.spacesPrompts !== false) this.emptyLineHeld = true;
    else this.lines.add({ kind: this.kindOf(text), text });
  }

  /** An empty line held, now followed by something other than a prompt: output. */
  private releaseEmptyLine(): void {
    if (!this.emptyLineHeld) return;
    this.emptyLineHeld = false;
    this.printed.add('');
    this.lines.add({ kind: 'output', text: '' });
  }

  private kindOf(text: string): ScreenLine['kind'] {
    if (this.typing !== undefined && text.endsWith(this.typing)) {
      this.typing = undefined;
      return 'echo';
    }
    if (text.startsWith('=> ')) return 'result';
    this.printed.add(text);
    return 'output';
  }
}
