import type Redis from 'ioredis';
import { serverUrl, type RedisServer } from '../../../server/server';
import type { Session } from '../../session';
import { commandName, type MonitorLine } from '../../monitor/line';
import { beyondTheTutorial } from '../../beyond_the_tutorial';
import { Notepad } from '../../notes';
import { Transcript } from '../../transcript';
import { SocketMonitor } from '../client/monitor';
import type { TutorialCode } from './code';
import { Irb } from './irb';
import type { ScreenLine } from './irb_screen';

/**
 * An IRB session running the tutorial's own statements in a real irb, its `Redis.new` pointed at
 * the server under test by `REDIS_URL`. What it does not show, the server does: a MONITOR of the
 * session's own (a witness) sees each command arrive, and says from which client.
 */
export class LiteralSession implements Session {
  readonly printed: Transcript<string>;
  readonly notes = new Notepad();
  address: string | undefined;
  private irb: Irb | undefined;
  private readonly witness: SocketMonitor;

  constructor(
    readonly name: string,
    private readonly code: TutorialCode,
    private readonly server: RedisServer,
    private readonly observer: Redis,
    private readonly timeoutMs: number,
  ) {
    this.printed = new Transcript<string>(name, (line) => line);
    this.witness = new SocketMonitor(server, timeoutMs);
  }

  /** The statements of the session's first block that set it up: `require 'redis'`, `redis = Redis.new`. */
  async start(): Promise<void> {
    const own = this.code.sessions.get(this.name);
    if (!own) throw beyondTheTutorial(this.name, 'start', `the tutorial starts only ${[...this.code.sessions.keys()].join(', ')}`);
    await this.witness.start();
    this.irb = await Irb.open(this.name, this.printed, { ...process.env, REDIS_URL: serverUrl(this.server) }, this.timeoutMs);
    for (const statement of own.setup) {
      const shown = await this.irb.evaluate(statement.lines);
      if (!shown.some((line) => line.kind === 'result')) throw this.failed(statement.lines, shown);
    }
  }

  /** The session's own subscribe block, whatever `template` says: the steps check what its `puts` prints. */
  async subscribe(channel: string): Promise<void> {
    const subscribe = this.code.sessions.get(this.name)?.subscribe;
    if (subscribe?.channel !== channel) {
      throw beyondTheTutorial(
        this.name,
        `subscribe to ${channel}`,
        subscribe ? `it subscribes to ${subscribe.channel}` : 'it does not subscribe',
      );
    }
    const irb = this.started();
    await this.sent('subscribe', () => irb.type(subscribe.statement.lines));
  }

  /** The document's own `redis.publish(...)` with these arguments; the receiver count is what irb echoes (`=> 1`). */
  async publish(channel: string, body: string): Promise<number> {
    const publish = this.code.publishes.find((candidate) => candidate.channel === channel && candidate.body === body);
    if (!publish) {
      const known = this.code.publishes.map((candidate) => `"${candidate.body}" to ${candidate.channel}`).join(', ');
      throw beyondTheTutorial(this.name, `publish "${body}" to ${channel}`, `the tutorial publishes only ${known}`);
    }
    const irb = this.started();
    const shown = await this.sent('publish', () => irb.evaluate(publish.statement.lines));
    const echoed = shown.find((line) => line.kind === 'result')?.text;
    const receivers = /^=> (\d+)$/.exec(echoed ?? '')?.[1];
    if (receivers === undefined) throw this.failed(publish.statement.lines, shown);
    return Number(receivers);
  }

  /** Everything irb showed but the prompts and the echo of what was typed: its results (`=> 1`) and its output. */
  shown(): string[] {
    return (this.irb?.screen.entries ?? []).flatMap((line) => (line.kind === 'result' || line.kind === 'output' ? [line.text] : []));
  }

  async stop(): Promise<void> {
    await Promise.all([this.irb?.stop(), this.witness.stop()]);
  }

  /**
   * Runs what the session types, and resolves once the witness saw the session send `command`.
   * Until then the session's client is the one the server did not know before (redis-rb connects
   * on its first command), asked of the server with CLIENT LIST: behind Docker, no socket's own port says it.
   */
  private async sent<T>(command: string, typing: () => Promise<T>): Promise<T> {
    const before = this.address === undefined ? await this.clientAddresses() : new Set<string>();
    const from = this.witness.lines.entries.length;
    const ours = (line: MonitorLine, index: number): boolean =>
      index >= from &&
      commandName(line) === command &&
      (this.address === undefined ? !before.has(line.source) : line.source === this.address);
    const result = await typing();
    await this.witness.lines.until(
      (lines) => lines.some(ours),
      `to show ${this.name} send ${command} (the driver's own MONITOR)`,
      this.timeoutMs,
      () => `${this.witness.lines.describe()}\n${this.started().describe()}`,
    );
    this.address ??= this.witness.lines.entries.find(ours)?.source;
    return result;
  }

  private async clientAddresses(): Promise<Set<string>> {
    const list = String(await this.observer.client('LIST'));
    return new Set([...list.matchAll(/(?:^| )addr=(\S+)/gm)].map((match) => match[1]));
  }

  private started(): Irb {
    if (!this.irb) throw new Error(`${this.name} has not started: a step "${this.name} starts an IRB session" must come first`);
    return this.irb;
  }

  private failed(lines: readonly string[], shown: readonly ScreenLine[]): Error {
    const answer = shown.map((line) => `  ${line.text}`).join('\n') || '  nothing';
    return new Error(`${this.name} typed \`${lines.join(' ').trim()}\`, and irb answered:\n${answer}`);
  }
}
