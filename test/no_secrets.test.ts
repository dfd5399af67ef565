import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { root } from './helpers/run_spec';

/** What a secret committed by mistake looks like; a URL's password may only be a placeholder. */
const secrets: ReadonlyArray<[string, RegExp]> = [
  ['a private key', /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
  ['an AWS access key', /\bAKIA[0-9A-Z]{16}\b/],
  ['a GitHub token', /\bgh[pousr]_[A-Za-z0-9]{36}\b/],
  ['an npm token', /\bnpm_[A-Za-z0-9]{36}\b|_authToken\s*=/],
  ['a Slack token', /\bxox[abprs]-[A-Za-z0-9-]{10,}/],
  ['a password in a URL', /\b[a-z]+:\/\/[^\s:/@]*:(?!password@|\*\*\*@)[^\s@/]+@/],
];

function findSecrets(text: string): string[] {
  return secrets.filter(([, pattern]) => pattern.test(text)).map(([what]) => what);
}

describe('the repository', () => {
  it('recognises a secret when it sees one', () => {
    const fake = ['AKIA', 'ABCDEFGHIJKLMNOP'].join('');
    assert.deepEqual(findSecrets(`key=${fake}`), ['an AWS access key']);
    assert.deepEqual(findSecrets(['redis://:', 'hunter2', '@127.0.0.1:6379'].join('')), ['a password in a URL']);
    assert.deepEqual(findSecrets('redis://:password@127.0.0.1:6379 and redis://***@127.0.0.1'), []);
  });

  it('holds no secret in any tracked file', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
    assert.ok(files.length > 0, 'git lists no file');
    const found = files.flatMap((file) => findSecrets(readFileSync(join(root, file), 'utf8')).map((what) => `${file}: ${what}`));
    assert.deepEqual(found, []);
  });
});
