/**
 * age identity files as `age-keygen` writes them: comment lines (`# created: …`,
 * `# public key: age1…`) and one secret key per line.
 */

const IDENTITY_PREFIXES = ['AGE-SECRET-KEY-1', 'AGE-SECRET-KEY-PQ-1'];

export class IdentityFileError extends Error {
  override readonly name = 'IdentityFileError';
}

/** The secret keys of an identity file, in order; throws on any other non-comment line. */
export function parseIdentityFile(text: string): string[] {
  const identities: string[] = [];
  text.split('\n').forEach((rawLine, i) => {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) return;
    if (!IDENTITY_PREFIXES.some((prefix) => line.startsWith(prefix))) {
      throw new IdentityFileError(`line ${i + 1} is neither a comment nor an age secret key`);
    }
    identities.push(line);
  });
  if (identities.length === 0) throw new IdentityFileError('the file holds no age secret key');
  return identities;
}
