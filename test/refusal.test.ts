import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { readRefusal } from '../support/windows/refusal';

const pubsubCommands = ['PING', 'PSUBSCRIBE', 'PUNSUBSCRIBE', 'QUIT', 'RESET', 'SUBSCRIBE', 'UNSUBSCRIBE'];

describe('a refusal of a subscribed RESP2 session, read', () => {
  it('gives its code, whether it names the refused command, and every command it names, in Redis’s notation', () => {
    const read = readRefusal(
      "ERR Can't execute 'get': only (P|S)SUBSCRIBE / (P|S)UNSUBSCRIBE / PING / QUIT / RESET are allowed in this context",
      'get',
    );
    assert.deepEqual(read, { code: 'ERR', namesRefused: true, named: [...pubsubCommands, 'SSUBSCRIBE', 'SUNSUBSCRIBE'].sort() });
  });

  it('reads names whatever the sentence around them, and the refused command in any case', () => {
    const read = readRefusal('ERR GET is refused here; (P)SUBSCRIBE, (P)UNSUBSCRIBE, PING, QUIT and RESET are not', 'get');
    assert.deepEqual(read, { code: 'ERR', namesRefused: true, named: pubsubCommands });
  });

  it('does not take another command, or the refused one as part of a name, for the refused command', () => {
    assert.equal(readRefusal("ERR Can't execute 'config|get': only PING", 'get').namesRefused, false);
    assert.equal(readRefusal("ERR Can't execute 'getex': only PING", 'get').namesRefused, false);
    assert.equal(readRefusal('ERR only (P)SUBSCRIBE / (P)UNSUBSCRIBE / PING / QUIT allowed in this context', 'get').namesRefused, false);
  });
});
