import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findErrata } from '../support/drivers/literal/errata';
import { literalDriver } from '../support/drivers/literal/index';
import { startBinary } from '../support/providers/binary';
import { readSettings } from '../support/settings';

/**
 * The tutorial run as written finds one erratum today. A new discrepancy, or a fix to the
 * document, changes the list: then this test fails, and README's errata table is due.
 */
describe('the errata of the tutorial', () => {
  it("are exactly the known one: the prose promises B's line without `channel`", async (t) => {
    const settings = readSettings();
    if (settings.tutorialPath === undefined) {
      t.skip('TUTORIAL_PATH is not set');
      return;
    }
    const server = await startBinary(settings.serverBin, settings.startTimeoutMs);
    try {
      const { checks } = await findErrata(literalDriver(settings), server, settings);
      assert.deepEqual(
        checks.map(({ section, window, text, printed, borneOut }) => ({ section, window, text, printed, borneOut })),
        [
          {
            section: 'Publish in IRB Session A',
            window: 'session B',
            text: 'I heard [the message] on [my_channel]',
            printed: ['I heard [the message] on channel [my_channel]'],
            borneOut: false,
          },
          {
            section: 'Broadcast to the Channel',
            window: 'session B',
            text: 'I heard...',
            printed: ['I heard [Is this thing on?] on channel [my_channel]'],
            borneOut: true,
          },
          {
            section: 'Broadcast to the Channel',
            window: 'session C',
            text: 'I think...',
            printed: ['I think [Is this thing on?] sounds great!'],
            borneOut: true,
          },
        ],
      );
    } finally {
      await server.stop();
    }
  });
});
