/** Names of the key records: the workstation's own two keys, and identities the bureau issued. */
export const WORKSTATION_IDENTITY_KEY = 'workstation-age';
export const WORKSTATION_SIGNING_KEY = 'workstation-ed25519';
const IMPORTED_IDENTITY_PREFIX = 'imported-age:';

export function importedIdentityName(id: string): string {
  return `${IMPORTED_IDENTITY_PREFIX}${id}`;
}

export function isImportedIdentityName(name: string): boolean {
  return name.startsWith(IMPORTED_IDENTITY_PREFIX);
}
