import { format } from 'prettier';
import type { Percentiles } from './durations';
import { machineLine } from './machine';
import type { BenchResult, Stage } from './results';

/** The run as Markdown tables, formatted as the project's Prettier formats Markdown. */
export function renderMarkdown(result: BenchResult): Promise<string> {
  const { settings, limits } = result;
  const fewest = result.runs.at(0);
  const lines = [
    '# Redis Pub/Sub bench',
    '',
    `Measured ${result.startedAt} in ${seconds(result.durationMs)} on ${machineLine(result.machine)}; load at the end ${result.loadAverageAtEnd.join(' ')}.`,
    `The machine was shared while it ran: figures are noisy.`,
    '',
    `Subscribers N: ${settings.subscribers.join(', ')}. Per N: up to ${settings.warmup} warm-up and ${settings.messages} timed PUBLISHes of ${settings.payloadBytes}-byte messages`,
    `(the timed ones stop after ${seconds(settings.timedMs)}, the warm-up after a tenth of that), each sent once every subscriber had the one before; then ${settings.rounds} throughput round(s) of ${settings.throughputMs} ms per pipelining, each followed by redis-benchmark publishing as many messages on one connection with the same pipelining.`,
    `Open files: ${limits.openFiles ?? 'unknown'} (needed ${limits.openFilesNeeded}); maxclients: ${limits.maxclients} (needed ${limits.maxclientsNeeded}, was ${limits.maxclientsBefore}).`,
    '',
    '## PUBLISH round trip and fan-out, microseconds',
    '',
    '| N | timed | PUBLISH p50 | p90 | p99 | max | inside the server | to the last subscriber p50 | p90 | p99 | max | first to last p50 | p99 |',
    '| --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
    ...result.runs.map((run) => {
      const fanout = run.fanout
        ? [...figures(run.fanout.lastUs), run.fanout.spreadUs.p50, run.fanout.spreadUs.p99]
        : Array<string>(6).fill('');
      return row([
        run.subscribers,
        run.publish.roundTripUs.count,
        ...figures(run.publish.roundTripUs),
        run.publish.serverUsPerCall,
        ...fanout,
      ]);
    }),
    '',
    "## Throughput of one publisher, messages per second (median of the rounds; the ratio is the median of the rounds' ratios)",
    '',
    `| N | bench | redis-benchmark | ratio | bench, pipelining ${settings.pipeline} | redis-benchmark, pipelining ${settings.pipeline} | ratio | published | each subscriber received |`,
    '| --: | --: | --: | --: | --: | --: | --: | --: | --: |',
    ...result.runs.map((run) =>
      row([
        run.subscribers,
        ...run.throughput.flatMap((compared) => [
          count(compared.bench.median),
          count(compared.redisBenchmark.median),
          percent(compared.ratio),
        ]),
        count(run.delivery.published),
        run.delivery.received.min === run.delivery.received.max
          ? count(run.delivery.received.min)
          : `${count(run.delivery.received.min)} to ${count(run.delivery.received.max)}`,
      ]),
    ),
    '',
    '## What the subscribers cost, just after they connected',
    '',
    `| N | connecting them, ms | server memory, MiB | server memory a subscriber, KiB (against N=${fewest?.subscribers ?? 0}) | bench process memory, MiB |`,
    '| --: | --: | --: | --: | --: |',
    ...result.runs.map((run) =>
      row([
        run.subscribers,
        run.attachMs,
        mebibytes(run.memory.serverBytes),
        fewest === undefined || run.subscribers === fewest.subscribers
          ? ''
          : ((run.memory.serverBytes - fewest.memory.serverBytes) / (run.subscribers - fewest.subscribers) / 1024).toFixed(1),
        mebibytes(run.memory.benchRssBytes),
      ]),
    ),
    '',
    ...slowSubscriber(result),
  ];
  return format(lines.join('\n'), { parser: 'markdown', printWidth: 140, proseWrap: 'preserve' });
}

function slowSubscriber(result: BenchResult): string[] {
  const slow = result.slowSubscriber;
  const stages: Array<[string, Stage]> = [
    ['all read', slow.stages.reading],
    ['one has stopped reading', slow.stages.paused],
    ['after the server disconnected it', slow.stages.disconnected],
  ];
  const outcome = slow.disconnected
    ? `The server disconnected the slow subscriber once its output buffer passed the limit (the largest seen: ${count(slow.peakOutputBufferBytes)} bytes); it had read ${count(slow.slowReceived)} messages.`
    : `The server did not disconnect the slow subscriber.`;
  return [
    '## A slow subscriber, microseconds',
    '',
    `${slow.subscribers} subscribers, ${slow.payloadBytes}-byte messages, \`client-output-buffer-limit ${slow.outputBufferLimit}\`; one subscriber stops reading.`,
    '',
    '| publisher round trip while | PUBLISHes | receivers | p50 | p90 | p99 | max |',
    '| --- | --: | --: | --: | --: | --: | --: |',
    ...stages.map(([name, stage]) => row([name, stage.messages, range(stage.receivers), ...figures(stage.roundTripUs)])),
    '',
    `${outcome} The other ${slow.subscribers - 1} received ${range(slow.others.received)} of the ${count(slow.others.published)} messages published.`,
    '',
  ];
}

function figures(percentiles: Percentiles): number[] {
  return [percentiles.p50, percentiles.p90, percentiles.p99, percentiles.max];
}

function row(cells: ReadonlyArray<string | number>): string {
  return `| ${cells.join(' | ')} |`;
}

function count(value: number): string {
  return value.toLocaleString('en-US');
}

function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

function range(value: { readonly min: number; readonly max: number }): string {
  return value.min === value.max ? count(value.min) : `${count(value.min)} to ${count(value.max)}`;
}

function mebibytes(bytes: number): string {
  return (bytes / 2 ** 20).toFixed(1);
}

function seconds(ms: number): string {
  return `${Math.round(ms / 1000)} s`;
}
