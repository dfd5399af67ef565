/**
 * Exits once what the process printed has reached its pipes, which take it in bursts: `process.exit` alone can
 * drop the end of it, the line a reader looks for.
 */
export function exitWhenWritten(code: number): void {
  process.stderr.write('', () => process.stdout.write('', () => process.exit(code)));
}
