/**
 * Reads an age X25519 identity as the user pastes it: the bare `AGE-SECRET-KEY-1…` line, or the
 * whole file `age-keygen` writes (with its `# public key: age1…` comment, checked when present).
 */
import { identityToRecipient } from 'age-encryption';
import { KeyringError } from './keyErrors';

export interface AgeIdentity {
  /** `AGE-SECRET-KEY-1…`, upper case as age writes it. */
  secret: string;
  /** `age1…`, the recipient the sandbox encrypts to. */
  recipient: string;
}

const SECRET_TOKEN = /AGE-SECRET-KEY-[0-9A-Z-]+/gi;
const RECIPIENT_TOKEN = /\bage1[0-9a-z]+\b/i;
// Case-sensitive: pasted into a one-line field the newlines vanish, and the secret's upper-case
// `AGE-SECRET-KEY-1…` then follows the lower-case recipient directly.
const PUBLIC_KEY_COMMENT = /public key:\s*(age1[0-9a-z]+)/;

export async function parseAgeIdentity(text: string): Promise<AgeIdentity> {
  // Bech32 is case-insensitive but never mixed; age itself reads only the upper-case form.
  const tokens = new Set((text.match(SECRET_TOKEN) ?? []).map((token) => token.toUpperCase()));
  if (tokens.size === 0) {
    if (RECIPIENT_TOKEN.test(text))
      throw new KeyringError(
        'identity-is-recipient',
        'This is a public recipient (age1…); the identity is the secret AGE-SECRET-KEY-1… line.',
      );
    throw new KeyringError('identity-format', 'No AGE-SECRET-KEY-1… identity found in the text.');
  }
  if (tokens.size > 1)
    throw new KeyringError(
      'identity-several',
      'The text holds more than one identity; import them one at a time.',
    );
  const [secret] = [...tokens] as [string];
  if (secret.startsWith('AGE-SECRET-KEY-PQ-'))
    throw new KeyringError(
      'identity-hybrid',
      'Post-quantum hybrid identities are not part of sandbox format v1; ask for an X25519 identity.',
    );
  if (!secret.startsWith('AGE-SECRET-KEY-1'))
    throw new KeyringError('identity-format', 'An X25519 identity starts with AGE-SECRET-KEY-1.');
  const recipient = await recipientOf(secret);
  const stated = PUBLIC_KEY_COMMENT.exec(text)?.[1];
  if (stated !== undefined && stated !== recipient)
    throw new KeyringError(
      'identity-public-key-mismatch',
      `The "# public key:" line names ${stated}, but the identity belongs to ${recipient}.`,
    );
  return { secret, recipient };
}

/** age's own error message quotes the identity, so it is replaced rather than passed on. */
async function recipientOf(secret: string): Promise<string> {
  let recipient: string;
  try {
    recipient = await identityToRecipient(secret);
  } catch {
    throw new KeyringError(
      'identity-checksum',
      'The identity is damaged or mistyped (its Bech32 checksum or length is wrong).',
    );
  }
  if (!recipient.startsWith('age1') || recipient.startsWith('age1pq'))
    throw new KeyringError('identity-format', 'The identity is not an age X25519 identity.');
  return recipient;
}
