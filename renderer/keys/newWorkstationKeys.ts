/** Generates the workstation's two key pairs and returns them as records, secrets already protected. */
import { ed25519 } from '@noble/curves/ed25519.js';
import { generateIdentity, identityToRecipient } from 'age-encryption';
import { ed25519PublicKeyToPem } from '../../shared/crypto/ed25519PublicKey';
import type { KeyProtection } from '../../shared/host/hostApi';
import type { KeyRecord } from '../db/records';
import { WORKSTATION_IDENTITY_KEY, WORKSTATION_SIGNING_KEY } from './keyNames';
import { protectSecret, type KeystoreHost, type UnlockedSession } from './secretProtection';

export async function newWorkstationKeyRecords(
  protection: KeyProtection,
  host: KeystoreHost,
  session: UnlockedSession | null,
  createdAt: Date,
): Promise<KeyRecord[]> {
  const identity = await generateIdentity();
  const identityBytes = new TextEncoder().encode(identity);
  const signingSecret = ed25519.utils.randomSecretKey();
  const created = createdAt.toISOString();
  try {
    return [
      {
        name: WORKSTATION_IDENTITY_KEY,
        kind: 'age-x25519',
        publicPart: await identityToRecipient(identity),
        protection,
        sealed: await protectSecret(identityBytes, protection, host, session),
        createdAt: created,
      },
      {
        name: WORKSTATION_SIGNING_KEY,
        kind: 'ed25519',
        publicPart: ed25519PublicKeyToPem(ed25519.getPublicKey(signingSecret)),
        protection,
        sealed: await protectSecret(signingSecret, protection, host, session),
        createdAt: created,
      },
    ];
  } finally {
    // The identity string itself cannot be wiped (strings are immutable); its bytes can.
    identityBytes.fill(0);
    signingSecret.fill(0);
  }
}
