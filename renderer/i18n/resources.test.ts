import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';

/** `a.b.c` → text, for every leaf of a resource tree. */
function flatten(tree: object, prefix = ''): Map<string, string> {
  const leaves = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') leaves.set(path, value);
    else for (const [leaf, text] of flatten(value as object, path)) leaves.set(leaf, text);
  }
  return leaves;
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]).sort();

describe('UI text resources', () => {
  const chinese = flatten(zhCN);
  const english = flatten(en);

  it('have the same keys', () => {
    expect([...english.keys()].sort()).toEqual([...chinese.keys()].sort());
  });

  it('interpolate the same values in both languages', () => {
    for (const [key, text] of chinese) {
      expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('leave no text empty', () => {
    for (const [key, text] of [...chinese, ...english]) expect(text.trim(), key).not.toBe('');
  });

  it('give every plural both forms', () => {
    for (const key of chinese.keys()) {
      if (key.endsWith('_one')) expect(chinese.has(key.replace(/_one$/, '_other')), key).toBe(true);
    }
  });
});
