import { afterEach, describe, expect, it } from 'vitest';
import { createSha256, installSha256 } from '../../shared/crypto/sha256';
import { nativeSha256 } from './nativeSha256';

afterEach(() => installSha256(null));

describe('the native SHA-256 analyze installs', () => {
  it('gives the digests of the portable one, over chunks of any size', () => {
    const bytes = Uint8Array.from({ length: 200_003 }, (_, i) => (i * 7919) % 251);
    const digest = (cuts: number[]) => {
      const hasher = createSha256();
      let at = 0;
      for (const cut of [...cuts, bytes.length]) {
        hasher.update(bytes.subarray(at, cut));
        at = cut;
      }
      return hasher.digestHex();
    };
    const portable = digest([1, 64, 65, 100_000]);
    installSha256(nativeSha256);
    expect(digest([3, 4096, 150_000])).toBe(portable);
    expect(digest([])).toBe(portable);
    // The empty input's well-known digest.
    expect(nativeSha256().digestHex()).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });
});
