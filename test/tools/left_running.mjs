// @ts-check
/**
 * What a run of the scenarios left running, whatever the mutant under test broke, is killed when the run is over
 * and counted; the mutation run ends with one line saying how many processes that was.
 *
 * What a run started is told apart in two ways. Its processes that are still the worker's descendants: the
 * worker has none between runs, and redis-server, which writes its title over its own environment, can only be
 * found this way. And every process that carries the run's mark in its environment, which all inherit from the
 * worker's: irb keeps it after `script`, its parent, is gone.
 */
import { appendFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The mutation run: the pid of the process that loaded this first, StrykerJS's own, which its workers inherit. */
const mutationRunName = 'REDIS_PUBSUB_SPEC_MUTATION_RUN';
/** One run of the scenarios: `<mutation run>/<worker pid>/<run>`. */
const runMarkName = 'REDIS_PUBSUB_SPEC_MUTANT_RUN';

const mutationRun = (process.env[mutationRunName] ??= String(process.pid));
const ownsTheMutationRun = mutationRun === String(process.pid);
/** What the workers ended, one program a line, for the mutation run's last line. */
const endedFile = join(tmpdir(), `redis-pubsub-spec-mutation-${mutationRun}.ended`);
let runs = 0;

/**
 * A run under way: its mark, and the worker's descendants before it started, which are not the run's.
 * @typedef {{ mark: string, before: Set<number> }} Run
 */
/** @type {Run | undefined} */
let current;

/** Marks what the next run starts: every process started from now on carries the mark. */
export function startRun() {
  const mark = `${mutationRun}/${process.pid}/${++runs}`;
  process.env[runMarkName] = mark;
  current = { mark, before: new Set(descendantsOf(process.pid)) };
  return current;
}

/**
 * Kills what the run started and left running, and records it; returns their programs.
 * @param {Run} run
 */
export function endWhatTheRunLeft(run) {
  if (current === run) current = undefined;
  const left = new Set([...descendantsOf(process.pid).filter((pid) => !run.before.has(pid)), ...marked((mark) => mark === run.mark)]);
  return kill([...left]);
}

/** The line that ends the mutation run: how many processes the runs left running and had to be ended, by program. */
export function endedLine() {
  const ended = readEnded();
  if (ended.length === 0) return 'redis-pubsub-spec: the runs of the mutants left no process running.';
  /** @type {Map<string, number>} */
  const byProgram = new Map();
  for (const program of ended) byProgram.set(program, (byProgram.get(program) ?? 0) + 1);
  const programs = [...byProgram].map(([program, count]) => `${count} ${program}`).join(', ');
  const processes = `${ended.length} process${ended.length === 1 ? '' : 'es'}`;
  return `redis-pubsub-spec: the runs of the mutants left ${processes} running, and the runner ended them: ${programs}.`;
}

// A worker that exits in a run (a mutant made it exit) ends what that run left; the process that owns the
// mutation run, last of all, ends what any run still left that carries a mark, and says how many it all was.
process.on('exit', () => {
  if (current) endWhatTheRunLeft(current);
  if (!ownsTheMutationRun) return;
  kill(marked((mark) => mark.startsWith(`${mutationRun}/`)));
  process.stdout.write(`${endedLine()}\n`);
  rmSync(endedFile, { force: true });
});

/**
 * Kills each process at once, and records its program.
 * @param {number[]} pids
 */
function kill(pids) {
  const programs = pids.map(programOf);
  /** @type {string[]} */
  const ended = [];
  pids.forEach((pid, index) => {
    try {
      process.kill(pid, 'SIGKILL');
      ended.push(programs[index] ?? 'a process');
    } catch {
      // it ended by itself meanwhile
    }
  });
  if (ended.length > 0) appendFileSync(endedFile, ended.map((program) => `${program}\n`).join(''));
  return ended;
}

function readEnded() {
  try {
    return readFileSync(endedFile, 'utf8').split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

/**
 * The running processes under `pid`, from every thread's children; a zombie has ended already.
 * @param {number} pid
 * @returns {number[]}
 */
function descendantsOf(pid) {
  const children = tasksOf(pid).flatMap((task) =>
    readOr(`/proc/${pid}/task/${task}/children`, '').split(/\s+/).filter(Boolean).map(Number),
  );
  return children
    .filter((child) => !/^\d+ \(.*\) Z/.test(readOr(`/proc/${child}/stat`, '')))
    .flatMap((child) => [child, ...descendantsOf(child)]);
}

/** @param {number} pid */
function tasksOf(pid) {
  try {
    return readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
}

/**
 * Every other process whose run mark matches.
 * @param {(mark: string) => boolean} matches
 */
function marked(matches) {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry) && Number(entry) !== process.pid)
    .filter((pid) => {
      const variable = readOr(`/proc/${pid}/environ`, '')
        .split('\0')
        .find((each) => each.startsWith(`${runMarkName}=`));
      return variable !== undefined && matches(variable.slice(runMarkName.length + 1));
    })
    .map(Number);
}

/** @param {number} pid */
function programOf(pid) {
  return readOr(`/proc/${pid}/comm`, 'a process').trim();
}

/**
 * @param {string} path
 * @param {string} fallback what a process that is gone, or not ours to read, gives
 */
function readOr(path, fallback) {
  try {
    return readFileSync(path, 'latin1');
  } catch {
    return fallback;
  }
}
