/**
 * The import worker's SpillStore: files in the origin private file system, written and read
 * through synchronous access handles (dedicated workers only), one folder per import. A folder
 * left by an import that was cut off is removed by the next import of the same dataset, which
 * holds that dataset's lock.
 */
import type { SpillStore } from '../../shared/package/spillStore';

const SPILL_FOLDER = 'import-spill';

/** SyncAccessHandle: declared here, as the page's DOM types leave it out. */
interface SyncAccessHandle {
  write(bytes: Uint8Array, options: { at: number }): number;
  read(into: Uint8Array, options: { at: number }): number;
  getSize(): number;
  close(): void;
}

type SyncFileHandle = FileSystemFileHandle & {
  createSyncAccessHandle(): Promise<SyncAccessHandle>;
};

function folderPrefix(dataset: string): string {
  return `${encodeURIComponent(dataset)}~`;
}

/** Whether this context has the origin private file system with synchronous access handles. */
export function canUseSyncOpfs(): boolean {
  return (
    typeof navigator !== 'undefined' &&
    typeof navigator.storage?.getDirectory === 'function' &&
    typeof FileSystemFileHandle !== 'undefined' &&
    'createSyncAccessHandle' in FileSystemFileHandle.prototype
  );
}

export async function openOpfsSpillStore(dataset: string): Promise<SpillStore> {
  const root = await navigator.storage.getDirectory();
  const spill = await root.getDirectoryHandle(SPILL_FOLDER, { create: true });
  const prefix = folderPrefix(dataset);
  for await (const name of spill.keys()) {
    // A folder whose files are still locked (its worker not yet gone) is left for a later import.
    if (name.startsWith(prefix))
      await spill.removeEntry(name, { recursive: true }).catch(() => undefined);
  }
  const folderName = `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const folder = await spill.getDirectoryHandle(folderName, { create: true });
  return new OpfsSpillStore(spill, folderName, folder);
}

class OpfsSpillStore implements SpillStore {
  // Promises, so that two calls for one file never open it twice (a sync handle locks the file).
  private readonly handles = new Map<string, Promise<SyncAccessHandle>>();

  constructor(
    private readonly parent: FileSystemDirectoryHandle,
    private readonly folderName: string,
    private readonly folder: FileSystemDirectoryHandle,
  ) {}

  async append(name: string, bytes: Uint8Array): Promise<void> {
    const handle = await this.handle(name);
    let at = handle.getSize();
    for (let written = 0; written < bytes.length;) {
      const count = handle.write(bytes.subarray(written), { at });
      written += count;
      at += count;
    }
  }

  async size(name: string): Promise<number> {
    return (await this.handle(name)).getSize();
  }

  async read(name: string, offset: number, length: number): Promise<Uint8Array> {
    const handle = await this.handle(name);
    const buffer = new Uint8Array(Math.max(0, Math.min(length, handle.getSize() - offset)));
    const count = handle.read(buffer, { at: offset });
    return buffer.subarray(0, count);
  }

  async remove(name: string): Promise<void> {
    const handle = this.handles.get(name);
    if (!handle) return;
    this.handles.delete(name);
    (await handle).close();
    await this.folder.removeEntry(name);
  }

  async dispose(): Promise<void> {
    const handles = [...this.handles.values()];
    this.handles.clear();
    for (const handle of await Promise.allSettled(handles))
      if (handle.status === 'fulfilled') handle.value.close();
    await this.parent.removeEntry(this.folderName, { recursive: true });
  }

  private handle(name: string): Promise<SyncAccessHandle> {
    let handle = this.handles.get(name);
    if (!handle) {
      handle = this.folder
        .getFileHandle(name, { create: true })
        .then((file) => (file as SyncFileHandle).createSyncAccessHandle());
      this.handles.set(name, handle);
    }
    return handle;
  }
}
