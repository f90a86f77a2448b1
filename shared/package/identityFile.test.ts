import { describe, expect, it } from 'vitest';
import { parseIdentityFile } from './identityFile';

describe('age identity files', () => {
  it('reads the keys of an age-keygen file', () => {
    const file = [
      '# created: 2026-11-26T10:03:47Z',
      '# public key: age1tx682g42kxc87kfpp6nrhq3vu7hkppngeysp0pp37zwt4eym29wqk5j4ne',
      'AGE-SECRET-KEY-1MVDS4DDVJRFGSUJM8FN50E0ZHDZX0ZMGNNLY0N92QHE20TCLZ8RQ3A5M7F',
      '',
    ].join('\n');
    expect(parseIdentityFile(file)).toEqual([
      'AGE-SECRET-KEY-1MVDS4DDVJRFGSUJM8FN50E0ZHDZX0ZMGNNLY0N92QHE20TCLZ8RQ3A5M7F',
    ]);
  });

  it('refuses other lines and files without keys', () => {
    expect(() => parseIdentityFile('# only a comment\n')).toThrow(/no age secret key/);
    expect(() =>
      parseIdentityFile('age1tx682g42kxc87kfpp6nrhq3vu7hkppngeysp0pp37zwt4eym29wqk5j4ne\n'),
    ).toThrow(/line 1 is neither/);
  });
});
