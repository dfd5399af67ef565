import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import type { Transcript } from '../../transcript';
import { terminalSize } from '../../recording/asciicast';
import { terminalShowed, terminalTyped } from '../../recording/recording';
import { IrbScreen, type ScreenLine } from './irb_screen';
import { adopt, adoptWhatItStarted, kill, withMark } from './processes';

/**
 * irb needs a terminal: fed through a pipe it crashes on output, and its line editors wait for
 * answers a pipe never gives. util-linux `script` gives it a pseudo-terminal, and the plain
 * `gets` input method with the simple prompt makes what it shows easy to read. Its size is set, as
 * a terminal window's is, to the one its recording says.
 */
const irbCommand = `stty cols ${terminalSize.cols} rows ${terminalSize.rows}; exec irb -f --simple-prompt --nocolorize --nomultiline --nosingleline`;

/** irb in a pseudo-terminal, typed into as a reader does: a line at a time, each after irb's prompt. */
export class Irb {
  /** Everything the terminal showed, in order. */
  readonly screen: Transcript<ScreenLine>;
  private readonly reader: IrbScreen;

  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    private readonly owner: string,
    /** Where irb's output goes: what the session printed. */
    private readonly printed: Transcript<string>,
    private readonly timeoutMs: number,
  ) {
    this.reader = new IrbScreen(owner, printed);
    this.screen = this.reader.lines;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      terminalShowed(owner, chunk);
      this.reader.read(chunk);
    });
    child.stderr.resume();
    // Once irb has exited, what is typed finds its input closed: the exit says why.
    child.stdin.on('error', () => {});
    child.on('error', (error) => this.end(`could not start irb under script (${error.message})`));
    child.on('exit', (code, signal) => this.end(`irb exited (${signal ?? `code ${code}`})`));
  }

  /** Starts irb with this environment and resolves once it shows its first prompt. */
  static async open(owner: string, printed: Transcript<string>, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<Irb> {
    const child = spawn('script', ['-qfec', irbCommand, '/dev/null'], { env: withMark({ ...env, SHELL: '/bin/sh' }), stdio: 'pipe' });
    adopt(child);
    const irb = new Irb(child, owner, printed, timeoutMs);
    try {
      await irb.prompted();
      adoptWhatItStarted(child);
    } catch (error) {
      await irb.stop();
      throw error;
    }
    return irb;
  }

  /** Types the lines, each once irb prompts for it; resolves when irb echoed the last, with where the screen goes on. */
  async type(lines: readonly string[]): Promise<number> {
    let next = this.screen.entries.length;
    for (const line of lines) {
      await this.prompted();
      const typedAt = this.screen.entries.length;
      const echo = (entries: readonly ScreenLine[]): number =>
        entries.findIndex((entry, index) => index >= typedAt && entry.kind === 'echo');
      this.reader.typed(line);
      this.child.stdin.write(`${line}\n`);
      terminalTyped(this.owner, `${line}\n`);
      await this.screen.until(
        (entries) => echo(entries) >= 0,
        `to echo \`${line}\``,
        this.timeoutMs,
        () => this.describe(),
      );
      next = echo(this.screen.entries) + 1;
    }
    return next;
  }

  /** Types a statement and resolves with what irb showed after it, up to its next prompt and the spacing before it. */
  async evaluate(lines: readonly string[]): Promise<ScreenLine[]> {
    const after = await this.type(lines);
    await this.prompted();
    const shown = this.screen.entries.slice(after);
    return shown.slice(
      0,
      shown.findIndex((line) => line.kind === 'prompt' || line.kind === 'spacing'),
    );
  }

  stop(): Promise<void> {
    return kill(this.child);
  }

  /** The terminal as a reader sees it: each prompt only where nothing was typed at it yet, without irb's spacing. */
  describe(): string {
    const lines = this.screen.entries.filter(
      (line, index, all) => line.kind !== 'spacing' && (line.kind !== 'prompt' || index === all.length - 1),
    );
    const failure = this.child.exitCode !== null || this.child.signalCode !== null ? ' (and exited)' : '';
    return `${this.screen.owner} showed${failure}:\n${lines.map((line) => `  ${line.text}`).join('\n') || '  nothing'}`;
  }

  private prompted(): Promise<void> {
    return this.screen.until(
      (entries) => entries.at(-1)?.kind === 'prompt',
      'to show its prompt',
      this.timeoutMs,
      () => this.describe(),
    );
  }

  private end(reason: string): void {
    const error = new Error(reason);
    this.screen.fail(error);
    this.printed.fail(error);
  }
}
