import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { SettingError, wholeNumber, wholeNumbers } from '../support/lib/setting';

function refusal(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    assert.ok(error instanceof SettingError, String(error));
    return error.message;
  }
  assert.fail('it was not refused');
}

/** The one reader of whole-number settings, for the spec, the benches and the tools: one wording for every bound. */
describe('a whole-number setting', () => {
  const primaries = { least: 1, most: 16, of: 'primaries' };

  it('takes digits within its bounds, and its fallback when unset or empty', () => {
    assert.equal(wholeNumber({ N: ' 16 ' }, 'N', 3, primaries), 16);
    assert.equal(wholeNumber({}, 'N', 3, primaries), 3);
    assert.equal(wholeNumber({ N: '' }, 'N', 3, primaries), 3);
    assert.deepEqual(wholeNumbers({ N: '6, 1,6' }, 'N', [1, 3], primaries), [1, 6]);
    assert.deepEqual(wholeNumbers({}, 'N', [1, 3], primaries), [1, 3]);
  });

  it('refuses anything else in one line, naming the setting, its bounds and an example', () => {
    for (const value of ['0', '17', '1.5', '1e1', '+3', ' ', 'three']) {
      assert.equal(
        refusal(() => wholeNumber({ N: value }, 'N', 3, primaries)),
        `N=${value} is not a whole number of primaries from 1 to 16: set it like N=3, or unset it.`,
      );
    }
    assert.equal(
      refusal(() => wholeNumber({ N: '-1' }, 'N', 100, { least: 0 })),
      'N=-1 is not a whole number from 0 up: set it like N=100, or unset it.',
    );
    assert.equal(
      refusal(() => wholeNumbers({ N: '1,,3' }, 'N', [1, 3], primaries)),
      'N=1,,3 is not a list of whole numbers of primaries from 1 to 16: set it like N=1,3, or unset it.',
    );
  });
});
