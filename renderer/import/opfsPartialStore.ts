/**
 * The import worker's PartialStore: each file's bytes in the origin private file system
 * (`partial-downloads/<id>.part`), written at their offsets through a synchronous access handle,
 * beside `<id>.json` saying which file it is and how many bytes from the start are held. The
 * bytes are flushed before the count that covers them is written, so a reload or a crash never
 * leaves a count ahead of its bytes. Partials untouched for STALE_DAYS are removed.
 */
import { sha256Hex } from '../../shared/crypto/sha256';
import { utf8Encode } from '../../shared/package/webStreams';
import type { PartialFile, PartialKey, PartialStore } from './partialDownloads';
import { HeldPrefix, partialKeyText } from './partialDownloads';
import { OPEN_TIMEOUT_MS, handleWithin } from './opfsSpillStore';

const FOLDER = 'partial-downloads';
const STALE_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/** FileSystemSyncAccessHandle: declared here, as the page's DOM types leave it out. */
interface SyncAccessHandle {
  write(bytes: Uint8Array, options: { at: number }): number;
  read(into: Uint8Array, options: { at: number }): number;
  getSize(): number;
  truncate(size: number): void;
  flush(): void;
  close(): void;
}

type SyncFileHandle = FileSystemFileHandle & {
  createSyncAccessHandle(): Promise<SyncAccessHandle>;
};

interface PartialMeta {
  key: string;
  heldBytes: number;
  updatedAt: number;
}

/** The file's handle; fails rather than wait for ever (see opfsSpillStore.ts). */
async function openHandle(file: SyncFileHandle): Promise<SyncAccessHandle> {
  const handle = await handleWithin(file.createSyncAccessHandle(), OPEN_TIMEOUT_MS);
  if (!handle) throw new Error(`${file.name} could not be opened in time`);
  return handle;
}

function writeAll(handle: SyncAccessHandle, bytes: Uint8Array, at: number): void {
  for (let written = 0; written < bytes.length;) {
    written += handle.write(bytes.subarray(written), { at: at + written });
  }
}

async function readMeta(
  folder: FileSystemDirectoryHandle,
  name: string,
): Promise<PartialMeta | null> {
  try {
    const file = await (await folder.getFileHandle(name)).getFile();
    return JSON.parse(await file.text()) as PartialMeta;
  } catch {
    return null;
  }
}

export class OpfsPartialStore implements PartialStore {
  private constructor(private readonly folder: FileSystemDirectoryHandle) {}

  static async open(now = Date.now()): Promise<OpfsPartialStore> {
    const root = await navigator.storage.getDirectory();
    const folder = await root.getDirectoryHandle(FOLDER, { create: true });
    const store = new OpfsPartialStore(folder);
    await store.removeStale(now);
    return store;
  }

  async open(key: PartialKey): Promise<PartialFile> {
    const id = sha256Hex(utf8Encode(partialKeyText(key))).slice(0, 32);
    const meta = await readMeta(this.folder, `${id}.json`);
    const dataFile = (await this.folder.getFileHandle(`${id}.part`, {
      create: true,
    })) as SyncFileHandle;
    const data = await openHandle(dataFile);
    let metaHandle: SyncAccessHandle;
    try {
      const metaFile = (await this.folder.getFileHandle(`${id}.json`, {
        create: true,
      })) as SyncFileHandle;
      metaHandle = await openHandle(metaFile);
    } catch (error) {
      data.close();
      throw error;
    }
    const usable =
      meta !== null && meta.key === partialKeyText(key) && meta.heldBytes <= data.getSize();
    const held = new HeldPrefix(usable ? Math.min(meta.heldBytes, key.size) : 0);
    if (!usable) data.truncate(0);
    const saveMeta = () => {
      const text = utf8Encode(
        JSON.stringify({ key: partialKeyText(key), heldBytes: held.bytes, updatedAt: Date.now() }),
      );
      metaHandle.truncate(0);
      writeAll(metaHandle, text, 0);
      metaHandle.flush();
    };
    saveMeta();
    this.handles.set(id, [data, metaHandle]);
    return {
      get heldBytes() {
        return held.bytes;
      },
      read: async (start, end) => {
        const bytes = new Uint8Array(end - start);
        const count = data.read(bytes, { at: start });
        return bytes.subarray(0, count);
      },
      write: async (start, bytes) => {
        const end = Math.min(key.size, start + bytes.length);
        if (end <= held.bytes) return;
        writeAll(data, bytes.subarray(0, end - start), start);
        if (held.add(start, end)) {
          data.flush();
          saveMeta();
        }
      },
    };
  }

  async discard(keys: readonly PartialKey[]): Promise<void> {
    for (const key of keys) {
      const id = sha256Hex(utf8Encode(partialKeyText(key))).slice(0, 32);
      for (const handle of this.handles.get(id) ?? []) handle.close();
      this.handles.delete(id);
      for (const name of [`${id}.part`, `${id}.json`])
        await this.folder.removeEntry(name).catch(() => undefined);
    }
  }

  /** Lets go of the files (a sync handle locks its file until closed). */
  close(): void {
    for (const handles of this.handles.values()) for (const handle of handles) handle.close();
    this.handles.clear();
  }

  private readonly handles = new Map<string, SyncAccessHandle[]>();

  private async removeStale(now: number): Promise<void> {
    const stale: string[] = [];
    for await (const name of this.folder.keys()) {
      if (!name.endsWith('.json')) continue;
      const meta = await readMeta(this.folder, name);
      if (meta === null || now - meta.updatedAt > STALE_DAYS * DAY_MS)
        stale.push(name.slice(0, -5));
    }
    for (const id of stale)
      for (const name of [`${id}.part`, `${id}.json`])
        await this.folder.removeEntry(name).catch(() => undefined);
  }
}
