/** A wrong setting: its message is the one line a user needs, naming the setting and the fix. */
export class SettingError extends Error {
  override name = 'SettingError';
}

/** Where settings are read from: the process's environment, or a test's own. */
export type Env = Readonly<Record<string, string | undefined>>;

/** What a whole-number setting may be, and what it counts (`milliseconds`), for the line that refuses it. */
export interface Bounds {
  readonly least: number;
  readonly most?: number;
  readonly of?: string;
}

/** One of `allowed`; `fallback` when unset or empty. */
export function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = env[name] || fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new SettingError(`${name}=${value} is not one of ${allowed.join(', ')}: set ${name} to one of them or unset it.`);
}

/** Any text but blanks; `fallback` when unset. */
export function nonEmpty(env: Env, name: string, fallback: string): string {
  const value = env[name];
  if (value === undefined) return fallback;
  if (value.trim() === '') throw new SettingError(`${name} is empty: unset it to use ${fallback}, or set it to a value.`);
  return value;
}

/** Digits only, within the bounds; `fallback` when unset or empty. */
export function wholeNumber(env: Env, name: string, fallback: number, bounds: Bounds): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const number = within(value, bounds);
  if (number !== undefined) return number;
  throw new SettingError(`${name}=${value} is not a whole number${described(bounds)}: set it like ${name}=${fallback}, or unset it.`);
}

/** A list of whole numbers within the bounds, separated by commas, each taken once, ascending; `fallback` when unset or empty. */
export function wholeNumbers(env: Env, name: string, fallback: readonly number[], bounds: Bounds): number[] {
  const value = env[name];
  if (value === undefined || value === '') return [...fallback];
  const numbers = value.split(',').map((part) => within(part, bounds));
  if (numbers.every((number) => number !== undefined)) return [...new Set(numbers)].sort((a, b) => a - b);
  throw new SettingError(
    `${name}=${value} is not a list of whole numbers${described(bounds)}: set it like ${name}=${fallback.join(',')}, or unset it.`,
  );
}

function within(text: string, { least, most = Number.MAX_SAFE_INTEGER }: Bounds): number | undefined {
  const number = Number(text.trim());
  return /^\d+$/.test(text.trim()) && number >= least && number <= most ? number : undefined;
}

function described({ least, most, of }: Bounds): string {
  return `${of === undefined ? '' : ` of ${of}`} ${most === undefined ? `from ${least} up` : `from ${least} to ${most}`}`;
}
