/**
 * `keygen --out <folder>`: a publisher signing key pair (PEM, as `openssl genpkey -algorithm
 * ed25519` and `openssl pkey -pubout` write them) and an age identity (as `age-keygen` writes it).
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { trustedKeyFromPem } from '../../shared/crypto/trustedKey';
import type { CommandOutput } from './output';
import { UsageError } from './output';

export const KEYGEN_USAGE = 'keygen --out <folder>';

export interface GeneratedKeys {
  folder: string;
  fingerprint: string;
  recipient: string;
}

/** `age-keygen`'s layout: creation time, public key, secret key. */
export function ageIdentityFile(identity: string, recipient: string, created: Date): string {
  const stamp = created.toISOString().replace(/\.\d+Z$/, 'Z');
  return `# created: ${stamp}\n# public key: ${recipient}\n${identity}\n`;
}

export async function generateKeys(folder: string): Promise<GeneratedKeys> {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const privatePem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const identity = await generateX25519Identity();
  const recipient = await identityToRecipient(identity);
  await mkdir(folder, { recursive: true });
  // `wx`: never overwrite a key that may already be in use.
  await writeFile(join(folder, 'publisher.pem'), privatePem, { flag: 'wx', mode: 0o600 });
  await writeFile(join(folder, 'publisher.pub.pem'), publicPem, { flag: 'wx', mode: 0o644 });
  await writeFile(join(folder, 'recipient.txt'), ageIdentityFile(identity, recipient, new Date()), {
    flag: 'wx',
    mode: 0o600,
  });
  return { folder, fingerprint: trustedKeyFromPem(publicPem).fingerprint, recipient };
}

export async function runKeygen(args: string[], output: CommandOutput): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } }, strict: true });
  if (values.out === undefined) throw new UsageError('--out is required');
  const keys = await generateKeys(values.out);
  output.log(`publisher key:      ${join(keys.folder, 'publisher.pem')} (keep secret)`);
  output.log(
    `publisher public:   ${join(keys.folder, 'publisher.pub.pem')} (install on workstations)`,
  );
  output.log(`fingerprint:        ${keys.fingerprint}`);
  output.log(`recipient identity: ${join(keys.folder, 'recipient.txt')} (keep secret)`);
  output.log(`recipient:          ${keys.recipient}`);
  return 0;
}
