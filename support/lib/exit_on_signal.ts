// Stryker disable all: runs on a signal, which would end the mutation run's own process; test/leaks.test.ts checks it

/** How a command-line tool of this project ends on a signal, as a shell reports it: 128 plus the signal's number. */
const exitCodes = { SIGINT: 130, SIGTERM: 143 } as const;

/** Who is stopping, for its lines on stderr: `redis-pubsub-bench`, and what it started: `the bench`. */
export interface Tool {
  readonly name: string;
  readonly started: string;
}

/**
 * The one signal path of every command-line tool: on SIGINT or SIGTERM, say so, stop what was started,
 * name what could not be stopped, then exit 130 or 143. Further signals wait for that.
 */
export function stopThenExitOnSignal(tool: Tool, stop: () => Promise<string[]>): void {
  let exiting = false;
  const say = (line: string): void => void process.stderr.write(`${tool.name}: ${line}\n`);
  const stopThenExit = (signal: keyof typeof exitCodes) => (): void => {
    if (exiting) return;
    exiting = true;
    say(`${signal}: stopping what ${tool.started} started`);
    void stop()
      .then(
        (left) => left.forEach((reason) => say(`left running: ${reason}`)),
        (error: unknown) => say(`left running: ${String(error)}`),
      )
      .finally(() => process.exit(exitCodes[signal]));
  };
  process.on('SIGINT', stopThenExit('SIGINT'));
  process.on('SIGTERM', stopThenExit('SIGTERM'));
}
// Stryker restore all
