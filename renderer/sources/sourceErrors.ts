/** Why a source cannot be added or removed, as a code the UI turns into a sentence. */
export type SourceErrorCode =
  | 'title-required'
  | 'url-required'
  | 'bad-url'
  | 'url-scheme'
  | 'url-credentials'
  | 'url-query'
  | 'folder-required'
  | 'folder-not-granted'
  | 'not-approved'
  | 'key-required'
  | 'bad-pem'
  | 'private-key'
  | 'not-ed25519'
  | 'duplicate'
  | 'not-found';

export class SourceError extends Error {
  override readonly name = 'SourceError';
  constructor(
    readonly code: SourceErrorCode,
    message: string,
  ) {
    super(message);
  }
}
