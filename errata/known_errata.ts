import { readFileSync } from 'node:fs';
import { SettingError } from '../support/server/settings';
import type { Check } from './errata';

/** An erratum the project knows of: a promise of the prose, and what its window printed instead. */
export interface KnownErratum {
  readonly window: string;
  readonly promised: string;
  readonly printed: readonly string[];
}

/** The errata of a run against the known ones: those known, those new, and known ones no longer found. */
export interface Comparison {
  readonly known: readonly Check[];
  readonly found: readonly Check[];
  readonly stale: readonly KnownErratum[];
}

export function readKnownErrata(path: string): KnownErratum[] {
  const problem = (what: string): SettingError =>
    new SettingError(`${path} ${what}: it lists the known errata, as [{ "window", "promised", "printed": [lines] }].`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw problem(`cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!Array.isArray(parsed)) throw problem('is not a list');
  return parsed.map((entry: unknown, index) => {
    if (!isKnownErratum(entry)) throw problem(`has an entry ${index + 1} that is not { "window", "promised", "printed" }`);
    return entry;
  });
}

function isKnownErratum(entry: unknown): entry is KnownErratum {
  if (typeof entry !== 'object' || entry === null) return false;
  const { window, promised, printed } = entry as Record<string, unknown>;
  return (
    typeof window === 'string' &&
    typeof promised === 'string' &&
    Array.isArray(printed) &&
    printed.every((line) => typeof line === 'string')
  );
}

export function compareWithKnown(checks: readonly Check[], known: readonly KnownErratum[]): Comparison {
  const errata = checks.filter((check) => !check.borneOut);
  const same = (check: Check, erratum: KnownErratum): boolean =>
    check.window === erratum.window && check.text === erratum.promised && JSON.stringify(check.printed) === JSON.stringify(erratum.printed);
  return {
    known: errata.filter((check) => known.some((erratum) => same(check, erratum))),
    found: errata.filter((check) => !known.some((erratum) => same(check, erratum))),
    stale: known.filter((erratum) => !errata.some((check) => same(check, erratum))),
  };
}
