/** What the add-source form holds, and how its errors map back to its fields. */
import type { FolderGrant } from '../../shared/host/hostApi';
import type { SourceDraft } from './sourceDraft';
import type { SourceErrorCode } from './sourceErrors';

export type AddableSourceKind = 'http' | 'folder';

export interface SourceFormValues {
  kind: AddableSourceKind;
  url: string;
  folder: FolderGrant | null;
  title: string;
  publisherKeyPem: string;
}

export type SourceFormField = 'location' | 'title' | 'key';

export const EMPTY_SOURCE_FORM: SourceFormValues = {
  kind: 'http',
  url: '',
  folder: null,
  title: '',
  publisherKeyPem: '',
};

export function sourceDraftOf(values: SourceFormValues): SourceDraft {
  return {
    kind: values.kind,
    location: values.kind === 'http' ? values.url : (values.folder?.id ?? ''),
    title: values.title,
    publisherKeyPem: values.publisherKeyPem,
  };
}

/** The field an error belongs under; a duplicate is about the location. */
export function fieldOfError(code: SourceErrorCode): SourceFormField | null {
  switch (code) {
    case 'title-required':
      return 'title';
    case 'url-required':
    case 'bad-url':
    case 'url-scheme':
    case 'url-credentials':
    case 'url-query':
    case 'folder-required':
    case 'folder-not-granted':
    case 'not-approved':
    case 'duplicate':
      return 'location';
    case 'key-required':
    case 'bad-pem':
    case 'private-key':
    case 'not-ed25519':
      return 'key';
    case 'not-found':
      return null;
  }
}
