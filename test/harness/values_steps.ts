import { DataTable, Then, When } from '@cucumber/cucumber';
import { strict as assert } from 'node:assert';
import { complexValue, kindOf, User } from '../../support/examples/complex_values';
import { type HarnessWorld, failure } from './harness_world';

When('the spec builds these values:', function (this: HarnessWorld, table: DataTable) {
  const values = table.raw().map(([description = '', kind]) => {
    const value = complexValue(description);
    assert.equal(kindOf(value), kind, description);
    return value;
  });
  this.values = values;
});

Then(
  'the Date is {word}, the Map maps {string} to {string}, and the User greets with {string}',
  function (this: HarnessWorld, iso: string, key: string, value: string, greeting: string) {
    const [date, map, user] = this.values ?? [];
    assert.ok(date instanceof Date && map instanceof Map && user instanceof User, 'the values were not built');
    assert.equal(date.toISOString(), iso);
    assert.deepEqual([...map.entries()], [[key, value]]);
    assert.equal(user.greet(), greeting);
  },
);

Then('the spec names these JSON values:', function (table: DataTable) {
  for (const [json = '', kind] of table.raw()) assert.equal(kindOf(JSON.parse(json)), kind, json);
});

Then('the spec builds none of these values:', function (table: DataTable) {
  for (const [description = ''] of table.raw()) assert.throws(() => complexValue(description), /describes no value/, description);
});

Then('building {string} is refused with:', async function (this: HarnessWorld, description: string, expected: string) {
  assert.equal(await failure(this, () => Promise.resolve().then(() => complexValue(description))), expected);
});

/** Values of classes the take-aways do not name, each as the step writes it. */
const otherValues: Record<string, () => unknown> = {
  'a Set of 1': () => new Set([1]),
  'the URL https://redis.io/': () => new URL('https://redis.io/'),
};

Then('the spec names these values of other classes:', function (table: DataTable) {
  for (const [description = '', kind] of table.raw()) {
    const build = otherValues[description];
    assert.ok(build, `the step builds no "${description}"`);
    assert.equal(kindOf(build()), kind, description);
  }
});
