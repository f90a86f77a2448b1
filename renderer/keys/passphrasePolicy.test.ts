import { describe, expect, it } from 'vitest';
import { checkNewPassphrase, checkPassphraseLength, passphraseLength } from './passphrasePolicy';

describe('a new passphrase', () => {
  it('counts characters as people see them', () => {
    expect(passphraseLength('监管数据沙箱审查工作站')).toBe(11);
    expect(passphraseLength('cafe\u0301')).toBe(4);
  });

  it('needs ten characters, not all blank, typed the same twice', () => {
    expect(checkNewPassphrase('123456789', '123456789')).toBe('too-short');
    expect(checkNewPassphrase(' '.repeat(12), ' '.repeat(12))).toBe('too-short');
    expect(checkNewPassphrase('监管数据沙箱审查工作站', '监管数据沙箱审查工作')).toBe('mismatch');
    expect(checkNewPassphrase('caf\u00e9 au lait', 'cafe\u0301 au lait')).toBeNull();
    expect(checkNewPassphrase('监管数据沙箱审查工作站', '监管数据沙箱审查工作站')).toBeNull();
  });

  it('is refused by the keyring with a named code when too short', () => {
    expect(() => checkPassphraseLength('short')).toThrow(
      expect.objectContaining({ code: 'passphrase-too-short' }),
    );
  });
});
