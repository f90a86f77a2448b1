/**
 * Folders the user picked, persisted in userData as `{ id, path }` pairs. The page only
 * ever holds the random id; main maps it back to the path.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { FolderGrant } from '../../shared/host/hostApi';
import { readJsonFile, writeJsonFile } from './jsonFile';
import { SerialQueue } from './serialQueue';

const storedGrantsSchema = z.object({
  version: z.literal(1),
  grants: z.array(
    z.object({
      id: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
      path: z.string().min(1),
    }),
  ),
});

type StoredGrants = z.infer<typeof storedGrantsSchema>;
type StoredGrant = StoredGrants['grants'][number];

const toFolderGrant = (grant: StoredGrant): FolderGrant => ({ id: grant.id, label: grant.path });

export class FolderGrantStore {
  private readonly writes = new SerialQueue();

  constructor(private readonly file: string) {}

  private async load(): Promise<StoredGrant[]> {
    return (await readJsonFile(this.file, storedGrantsSchema))?.grants ?? [];
  }

  async list(): Promise<FolderGrant[]> {
    return (await this.load()).map(toFolderGrant);
  }

  /** The path behind a grant id, or null when it was never granted or has been forgotten. */
  async pathOf(id: string): Promise<string | null> {
    return (await this.load()).find((grant) => grant.id === id)?.path ?? null;
  }

  /** Granting the same folder twice returns the existing grant. */
  grant(path: string): Promise<FolderGrant> {
    return this.writes.run(async () => {
      const grants = await this.load();
      const existing = grants.find((grant) => grant.path === path);
      if (existing) return toFolderGrant(existing);
      const added = { id: randomUUID(), path };
      await writeJsonFile(this.file, {
        version: 1,
        grants: [...grants, added],
      } satisfies StoredGrants);
      return toFolderGrant(added);
    });
  }

  forget(id: string): Promise<void> {
    return this.writes.run(async () => {
      const grants = await this.load();
      const kept = grants.filter((grant) => grant.id !== id);
      if (kept.length !== grants.length)
        await writeJsonFile(this.file, { version: 1, grants: kept } satisfies StoredGrants);
    });
  }
}
