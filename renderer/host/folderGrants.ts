/**
 * Folders picked in the browser host are kept as FileSystemDirectoryHandles in a small
 * IndexedDB store of the host's own, so a grant survives reloads like it does in Electron.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { FolderGrant } from '../../shared/host/hostApi';

interface StoredGrant extends FolderGrant {
  handle: FileSystemDirectoryHandle;
}

class FolderGrantDatabase extends Dexie {
  grants!: EntityTable<StoredGrant, 'id'>;
  constructor() {
    super('examiner-browser-host');
    this.version(1).stores({ grants: 'id' });
  }
}

let database: FolderGrantDatabase | undefined;
const grantsDb = (): FolderGrantDatabase => (database ??= new FolderGrantDatabase());

export async function saveGrant(handle: FileSystemDirectoryHandle): Promise<FolderGrant> {
  const grant = { id: crypto.randomUUID(), label: handle.name };
  await grantsDb().grants.put({ ...grant, handle });
  return grant;
}

export async function listGrants(): Promise<FolderGrant[]> {
  const all = await grantsDb().grants.toArray();
  return all.map(({ id, label }) => ({ id, label }));
}

export async function findGrantHandle(id: string): Promise<FileSystemDirectoryHandle | undefined> {
  return (await grantsDb().grants.get(id))?.handle;
}

export async function deleteGrant(id: string): Promise<void> {
  await grantsDb().grants.delete(id);
}
