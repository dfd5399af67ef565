/** A class of the publisher's own: its instances carry a method that no text carries. */
export class User {
  constructor(readonly name: string) {}

  greet(): string {
    return `Hi, I am ${this.name}`;
  }
}

const builders: ReadonlyArray<[RegExp, (match: RegExpExecArray) => unknown]> = [
  [/^the Date (\S+)$/, ([, iso = '']) => new Date(iso)],
  [/^a Map from "([^"]*)" to "([^"]*)"$/, ([, key = '', value = '']) => new Map([[key, value]])],
  [/^a User named "([^"]*)"$/, ([, name = '']) => new User(name)],
];

/** The value a feature describes: `the Date 2024-05-01T12:00:00Z`, `a Map from "Bob" to "away"`, `a User named "Alice"`. */
export function complexValue(description: string): unknown {
  for (const [pattern, build] of builders) {
    const match = pattern.exec(description);
    if (match) return build(match);
  }
  throw new Error(`"${description}" describes no value the spec can build; write one of: ${builders.map(([p]) => p.source).join(', ')}`);
}

/** What a value is, in a feature's words: `a Date`, `a string`, `an empty object`. */
export function kindOf(value: unknown): string {
  if (value instanceof Date) return 'a Date';
  if (value instanceof Map) return 'a Map';
  if (value instanceof User) return 'a User';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && Object.getPrototypeOf(value) !== Object.prototype) return `an instance of ${value.constructor.name}`;
  if (typeof value === 'object') return Object.keys(value).length === 0 ? 'an empty object' : 'a plain object';
  return `a ${typeof value}`;
}
