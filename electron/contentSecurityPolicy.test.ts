import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './appProtocol';

/** Directive name → its sources, from a policy string. */
function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name ?? '', sources.join(' ')]),
  );
}

function metaPolicy(): string {
  const html = readFileSync(new URL('../renderer/index.html', import.meta.url), 'utf8');
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('renderer/index.html: no Content-Security-Policy meta tag');
  return match[1];
}

describe('the CSP in renderer/index.html (what Electronegativity and the browser host see)', () => {
  it('matches the header policy of app://, except what only the browser host needs', () => {
    const header = directives(CONTENT_SECURITY_POLICY);
    const meta = directives(metaPolicy());
    // frame-ancestors is ignored in a meta tag; the browser host fetches repositories itself.
    for (const [name, sources] of header)
      if (name !== 'frame-ancestors' && name !== 'connect-src')
        expect([name, meta.get(name)]).toEqual([name, sources]);
    expect(meta.get('connect-src')).toBe("'self' http: https:");
  });

  it('allows no inline script, eval or plugin anywhere', () => {
    for (const policy of [metaPolicy(), CONTENT_SECURITY_POLICY]) {
      const parsed = directives(policy);
      expect(parsed.get('script-src')).toBe("'self'");
      expect(parsed.get('object-src')).toBe("'none'");
      expect(policy).not.toContain('unsafe-eval');
    }
  });
});
