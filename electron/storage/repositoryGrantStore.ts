/**
 * HTTP(S) repositories the user approved, persisted in userData (owner-only, like folder
 * grants). Main fetches from nothing else, so a compromised page cannot make it send data to a
 * server of its choosing. A grant is one exact base URL, not an origin: on a shared host
 * (a CDN, a university server) other paths belong to other people.
 */
import { z } from 'zod';
import { canonicalRepositoryBase } from '../../shared/host/repositoryBase';
import { readJsonFile, writeJsonFile } from './jsonFile';
import { SerialQueue } from './serialQueue';

const storedGrantsSchema = z.object({
  version: z.literal(1),
  repositories: z.array(z.object({ baseUrl: z.string().min(1), grantedAt: z.string() })),
});

type StoredGrants = z.infer<typeof storedGrantsSchema>;
type StoredGrant = StoredGrants['repositories'][number];

export class RepositoryGrantStore {
  private readonly writes = new SerialQueue();

  constructor(
    private readonly file: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private async load(): Promise<StoredGrant[]> {
    const stored = (await readJsonFile(this.file, storedGrantsSchema))?.repositories ?? [];
    // A hand-edited entry that is not a canonical base grants nothing.
    return stored.filter((grant) => canonicalRepositoryBase(grant.baseUrl) === grant.baseUrl);
  }

  /** The approved bases, canonical. */
  async list(): Promise<string[]> {
    return (await this.load()).map((grant) => grant.baseUrl);
  }

  async isGranted(baseUrl: string): Promise<boolean> {
    const canonical = canonicalRepositoryBase(baseUrl);
    if (canonical === null) return false;
    return (await this.load()).some((grant) => grant.baseUrl === canonical);
  }

  /** Records the approval of `baseUrl`; granting twice keeps one entry. */
  async grant(baseUrl: string): Promise<void> {
    const canonical = requireCanonical(baseUrl);
    return this.writes.run(async () => {
      const grants = await this.load();
      if (grants.some((grant) => grant.baseUrl === canonical)) return;
      const added = { baseUrl: canonical, grantedAt: this.now().toISOString() };
      await writeJsonFile(this.file, {
        version: 1,
        repositories: [...grants, added],
      } satisfies StoredGrants);
    });
  }

  /** Withdraws the approval; revoking what was never granted is harmless. */
  async revoke(baseUrl: string): Promise<void> {
    const canonical = requireCanonical(baseUrl);
    return this.writes.run(async () => {
      const grants = await this.load();
      const kept = grants.filter((grant) => grant.baseUrl !== canonical);
      if (kept.length !== grants.length)
        await writeJsonFile(this.file, { version: 1, repositories: kept } satisfies StoredGrants);
    });
  }
}

function requireCanonical(baseUrl: string): string {
  const canonical = canonicalRepositoryBase(baseUrl);
  if (canonical === null)
    throw new Error(
      `"${baseUrl}" is not an http(s) repository address without credentials, query or fragment`,
    );
  return canonical;
}
