import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { complexValue, kindOf, User } from '../support/examples/complex_values';
import { commandArguments } from '../support/windows/monitor/line';
import { render } from '../support/windows/render';

describe('what a subscriber prints', () => {
  it('fills in the body and the channel, as the tutorial’s puts does', () => {
    assert.equal(
      render('I heard [#{body}] on channel [#{channel}]', 'my_channel', 'the message'),
      'I heard [the message] on channel [my_channel]',
    );
  });

  it('prints the bytes of a body as Ruby’s body.bytes does', () => {
    assert.equal(render('#{body.bytes}', 'my_channel', Uint8Array.from([0, 255, 13, 10])), '[0, 255, 13, 10]');
    assert.equal(render('#{body} is #{body.bytes}', 'my_channel', 'ü'), 'ü is [195, 188]');
  });
});

describe('a command written as MONITOR prints it', () => {
  it('gives its arguments, unescaping quotes and backslashes', () => {
    assert.deepEqual(commandArguments('"set" "greeting" "say \\"hi\\" \\\\o/"'), ['set', 'greeting', 'say "hi" \\o/']);
  });
});

describe('the complex values of the take-aways', () => {
  it('are built from their description', () => {
    assert.deepEqual(complexValue('the Date 2024-05-01T12:00:00Z'), new Date('2024-05-01T12:00:00Z'));
    assert.deepEqual(complexValue('a Map from "Bob" to "away"'), new Map([['Bob', 'away']]));
    assert.deepEqual(complexValue('a User named "Alice"'), new User('Alice'));
    assert.throws(() => complexValue('a Set of "Bob"'), /describes no value the spec can build/);
  });

  it('are told apart from what JSON gives back', () => {
    const kinds = [new Date(0), new Map(), new User('Alice'), 'text', {}, { name: 'Alice' }, [], null, 1].map(kindOf);
    assert.deepEqual(kinds, ['a Date', 'a Map', 'a User', 'a string', 'an empty object', 'a plain object', 'an array', 'null', 'a number']);
  });
});
