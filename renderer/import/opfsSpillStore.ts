/**
 * The import worker's SpillStore: files in the origin private file system, written and read
 * through synchronous access handles (dedicated workers only), one folder per import. A folder
 * left by an import that was cut off is removed by the next import of the same dataset, which
 * holds that dataset's lock.
 *
 * After a reload cut off an import, Chromium has been seen never to settle a later
 * createSyncAccessHandle of a new spill file (issue 3: the resumed import waited on it for ever).
 * So a handle is waited for at most OPEN_TIMEOUT_MS; a file whose handle does not come is kept in
 * memory instead, which costs memory in that rare case but never stops the import.
 */
import type { SpillStore } from '../../shared/package/spillStore';
import { MemorySpillStore } from '../../shared/package/spillStore';

/** Opening a handle takes milliseconds, a few seconds on a loaded machine. */
export const OPEN_TIMEOUT_MS = 10_000;

const SPILL_FOLDER = 'import-spill';

/** SyncAccessHandle: declared here, as the page's DOM types leave it out. */
export interface SyncAccessHandle {
  write(bytes: Uint8Array, options: { at: number }): number;
  read(into: Uint8Array, options: { at: number }): number;
  getSize(): number;
  close(): void;
}

type SyncFileHandle = FileSystemFileHandle & {
  createSyncAccessHandle(): Promise<SyncAccessHandle>;
};

/** Opens a file's handle in the spill folder. */
export type OpenSpillHandle = (name: string) => Promise<SyncAccessHandle>;

/**
 * `opening`, or null once `ms` have passed without it settling (or when it fails). A handle that
 * comes after all is closed at once, so that it does not lock its file.
 */
export function handleWithin<Handle extends { close(): void }>(
  opening: Promise<Handle>,
  ms: number,
): Promise<Handle | null> {
  return new Promise((resolve) => {
    let late = false;
    const timer = setTimeout(() => {
      late = true;
      resolve(null);
    }, ms);
    opening.then(
      (handle) => {
        clearTimeout(timer);
        if (late) handle.close();
        else resolve(handle);
      },
      () => {
        clearTimeout(timer);
        resolve(null);
      },
    );
  });
}

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
  return new OpfsSpillStore(
    (name) =>
      folder
        .getFileHandle(name, { create: true })
        .then((file) => (file as SyncFileHandle).createSyncAccessHandle()),
    (name) => folder.removeEntry(name),
    () => spill.removeEntry(folderName, { recursive: true }),
  );
}

export class OpfsSpillStore implements SpillStore {
  // Promises, so that two calls for one file never open it twice (a sync handle locks the file).
  // null: the handle did not come in time, and the file is kept in `inMemory`.
  private readonly handles = new Map<string, Promise<SyncAccessHandle | null>>();
  private readonly inMemory = new MemorySpillStore();

  constructor(
    private readonly open: OpenSpillHandle,
    private readonly removeFile: (name: string) => Promise<void>,
    private readonly removeFolder: () => Promise<void>,
    private readonly openTimeoutMs = OPEN_TIMEOUT_MS,
  ) {}

  async append(name: string, bytes: Uint8Array): Promise<void> {
    const handle = await this.handle(name);
    if (!handle) return this.inMemory.append(name, bytes);
    let at = handle.getSize();
    for (let written = 0; written < bytes.length;) {
      const count = handle.write(bytes.subarray(written), { at });
      written += count;
      at += count;
    }
  }

  async size(name: string): Promise<number> {
    const handle = await this.handle(name);
    return handle ? handle.getSize() : this.inMemory.size(name);
  }

  async read(name: string, offset: number, length: number): Promise<Uint8Array> {
    const handle = await this.handle(name);
    if (!handle) return this.inMemory.read(name, offset, length);
    const buffer = new Uint8Array(Math.max(0, Math.min(length, handle.getSize() - offset)));
    const count = handle.read(buffer, { at: offset });
    return buffer.subarray(0, count);
  }

  async remove(name: string): Promise<void> {
    const handle = this.handles.get(name);
    if (!handle) return;
    this.handles.delete(name);
    const opened = await handle;
    if (!opened) return this.inMemory.remove(name);
    opened.close();
    await this.removeFile(name);
  }

  async dispose(): Promise<void> {
    const handles = [...this.handles.values()];
    this.handles.clear();
    for (const handle of await Promise.all(handles)) handle?.close();
    await this.inMemory.dispose();
    await this.removeFolder();
  }

  private handle(name: string): Promise<SyncAccessHandle | null> {
    let handle = this.handles.get(name);
    if (!handle) {
      handle = handleWithin(this.open(name), this.openTimeoutMs).then((opened) => {
        if (!opened)
          console.warn(`Spill file ${name} could not be opened in time: kept in memory instead`);
        return opened;
      });
      this.handles.set(name, handle);
    }
    return handle;
  }
}
