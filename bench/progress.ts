/** What the bench is doing, on stderr: one line a step, and on a terminal a live count on that line. */
export class Progress {
  private line = '';
  private shownAt = 0;
  private readonly started = Date.now();

  constructor(private readonly out: NodeJS.WriteStream = process.stderr) {}

  step(text: string): void {
    this.end();
    this.line = `[${((Date.now() - this.started) / 1000).toFixed(1).padStart(5)} s] ${text}`;
    this.out.write(this.out.isTTY ? this.line : `${this.line}\n`);
  }

  /** `done` of `total` of the current step. */
  count(done: number, total: number): void {
    this.status(`${done}/${total}`, done === total);
  }

  /** How the current step is going: on a terminal only, ten times a second at most unless `now`. */
  status(text: string, now = false): void {
    if (!this.out.isTTY || (!now && Date.now() - this.shownAt < 100)) return;
    this.shownAt = Date.now();
    this.out.write(`\r\x1b[K${this.line} ${text}`);
  }

  end(): void {
    if (this.out.isTTY && this.line !== '') this.out.write('\n');
    this.line = '';
  }
}
