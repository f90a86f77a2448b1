/**
 * Checks what the user typed for a new source, before anything is stored: the repository
 * address and the publisher's public key, which is pinned by its fingerprint (spec §1).
 */
import {
  PublicKeyFormatError,
  ed25519PublicKeyFromSpki,
  ed25519PublicKeyToPem,
  publicKeyFingerprint,
} from '../../shared/crypto/ed25519PublicKey';
import { base64ToBytes } from '../../shared/crypto/encoding';
import type { SourceRecord } from '../db/records';
import { SourceError } from './sourceErrors';

export type SourceKind = SourceRecord['kind'];

export interface SourceDraft {
  kind: SourceKind;
  /** The base URL for `http`, the folder grant id for `folder`, empty for `bundled`. */
  location: string;
  title: string;
  publisherKeyPem: string;
}

/** A draft that passed every check, in the form it is stored. */
export interface CheckedSource extends SourceDraft {
  fingerprint: string;
}

export interface PublisherKey {
  /** The key rewritten as `openssl pkey -pubout` writes it, whatever surrounded it when pasted. */
  pem: string;
  fingerprint: string;
}

const MAX_TITLE_LENGTH = 200;

export function checkSourceDraft(draft: SourceDraft): CheckedSource {
  const title = draft.title.trim().slice(0, MAX_TITLE_LENGTH);
  if (title === '') throw new SourceError('title-required', 'Give the source a name.');
  const location = checkLocation(draft.kind, draft.location);
  const key = parsePublisherKey(draft.publisherKeyPem);
  return {
    kind: draft.kind,
    location,
    title,
    publisherKeyPem: key.pem,
    fingerprint: key.fingerprint,
  };
}

function checkLocation(kind: SourceKind, location: string): string {
  switch (kind) {
    case 'http':
      return normalizeBaseUrl(location);
    case 'folder':
      if (location === '')
        throw new SourceError('folder-required', 'Choose the repository folder.');
      return location;
    case 'bundled':
      return '';
  }
}

/** An http(s) base URL without credentials, query or fragment, ending in `/` so paths join under it. */
export function normalizeBaseUrl(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') throw new SourceError('url-required', 'Enter the repository address.');
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new SourceError('bad-url', `"${trimmed}" is not a web address.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new SourceError(
      'url-scheme',
      `A repository address starts with https:// (not ${url.protocol}).`,
    );
  if (url.username !== '' || url.password !== '')
    throw new SourceError(
      'url-credentials',
      'The address must not contain a user name or password.',
    );
  if (url.search !== '' || url.hash !== '')
    throw new SourceError('url-query', 'The address must not contain "?" or "#" parts.');
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  return url.href;
}

/** Reads an Ed25519 public key (PEM SubjectPublicKeyInfo) and computes its fingerprint. */
export function parsePublisherKey(text: string): PublisherKey {
  if (text.trim() === '')
    throw new SourceError('key-required', 'Paste or load the publisher’s public key.');
  if (text.includes('PRIVATE KEY-----'))
    throw new SourceError(
      'private-key',
      'This is a private key: ask for the publisher’s public key.',
    );
  const der = publicKeyBlockBytes(text);
  try {
    const publicKey = ed25519PublicKeyFromSpki(der);
    return { pem: ed25519PublicKeyToPem(publicKey), fingerprint: publicKeyFingerprint(publicKey) };
  } catch (error) {
    if (error instanceof PublicKeyFormatError)
      throw new SourceError('not-ed25519', `Not an Ed25519 public key: ${error.message}.`);
    throw error;
  }
}

const PUBLIC_KEY_BLOCK = /-----BEGIN PUBLIC KEY-----([^-]*)-----END PUBLIC KEY-----/;

/** The DER inside the PEM block; a missing block or bad base64 is a PEM problem, not a key problem. */
function publicKeyBlockBytes(text: string): Uint8Array {
  const body = PUBLIC_KEY_BLOCK.exec(text)?.[1];
  if (body === undefined)
    throw new SourceError('bad-pem', 'No "-----BEGIN PUBLIC KEY-----" block found.');
  try {
    return base64ToBytes(body.replace(/[\t\n\r ]/g, ''));
  } catch (error) {
    throw new SourceError(
      'bad-pem',
      `The PEM block is not valid base64 (${(error as Error).message}).`,
    );
  }
}
