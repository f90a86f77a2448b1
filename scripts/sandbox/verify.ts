/**
 * `verify <repo> --trust <publisher.pub.pem> [--identity <file>]`: everything a workstation
 * checks before importing, without importing: signatures, hashes, sizes, version order and,
 * with an identity, decryption, row counts, row rules and references.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { TrustedKey } from '../../shared/crypto/trustedKey';
import { trustedKeyFromPem } from '../../shared/crypto/trustedKey';
import { dictionaryRowChecker } from '../../shared/package/dictionaryRowChecker';
import { HashingRangeSource } from '../../shared/package/hashingRangeSource';
import { parseIdentityFile } from '../../shared/package/identityFile';
import { loadIndex } from '../../shared/package/loadIndex';
import type { LoadedManifest } from '../../shared/package/loadManifest';
import { loadManifest, tableRepositoryPath } from '../../shared/package/loadManifest';
import { readTableRows } from '../../shared/package/readTableRows';
import { checkRecipients } from '../../shared/package/recipientCheck';
import { ReferenceChecker, sortTablesForImport } from '../../shared/package/references';
import { PackageRefusal, isPackageRefusal } from '../../shared/package/refusal';
import type { RepositoryReader } from '../../shared/package/repositoryReader';
import { statFile } from '../../shared/package/repositoryReader';
import type { IndexDataset, ManifestTable } from '../../shared/package/schemas';
import { checkVersionOrder } from '../../shared/package/versionOrder';
import type { CommandOutput } from './output';
import { UsageError } from './output';
import { repositoryReaderFor } from './readers';

export const VERIFY_USAGE =
  'verify <repo folder or http(s) URL> --trust <publisher.pub.pem> [--trust …] [--identity <file>]';

interface VerifyContext {
  reader: RepositoryReader;
  trustedKeys: TrustedKey[];
  identities: string[] | null;
  output: CommandOutput;
}

/** Returns the number of refusals (0 when everything verified). */
export async function verifyRepository(context: VerifyContext): Promise<number> {
  const { reader, trustedKeys, output } = context;
  let loaded;
  try {
    loaded = await loadIndex(reader, trustedKeys);
  } catch (error) {
    return reportRefusal(error, output);
  }
  const { index, signer } = loaded;
  output.log(
    `index.json: signed by ${signer.fingerprint}; publisher "${index.publisher}"; generated ${index.generated}${index.expires ? `; expires ${index.expires}` : ''}`,
  );
  let refusals = 0;
  for (const dataset of index.datasets) refusals += await verifyDataset(context, dataset);
  output.log(refusals === 0 ? 'verified: no refusal' : `${refusals} refusal(s)`);
  return refusals;
}

/** Checks a dataset's versions in order, as a workstation importing each in turn would; stops at its first refusal. */
async function verifyDataset(context: VerifyContext, dataset: IndexDataset): Promise<number> {
  const { reader, trustedKeys, identities, output } = context;
  output.log(`dataset ${dataset.id} "${dataset.title}": ${dataset.versions.length} version(s)`);
  let imported: { version: number } | null = null;
  let previousReferences: ReferenceChecker | null = null;
  for (const entry of dataset.versions) {
    try {
      const loaded = await loadManifest(reader, dataset.id, entry, trustedKeys);
      const { manifest } = loaded;
      // A listing may start with a delta whose base was pruned from the index: take that base as imported.
      if (imported === null && manifest.kind === 'delta')
        imported = { version: manifest.base ?? 0 };
      checkVersionOrder(imported, manifest);
      output.log(
        `  version ${manifest.version} (${manifest.kind}${manifest.kind === 'delta' ? ` on ${manifest.base}` : ''}): manifest signed and matching the index; created ${manifest.created}; expires ${manifest.expires}`,
      );
      let references: ReferenceChecker | null = null;
      if (identities !== null) {
        await checkRecipients(reader, loaded, identities);
        references = referenceCheckerFor(manifest.kind, previousReferences);
        if (references === null)
          output.log('    references into the base are not checked: the base is not in the index');
      }
      const tables = sortTablesForImport(manifest.tables.map((table) => table.name));
      for (const name of tables) {
        const table = manifest.tables.find((candidate) => candidate.name === name)!;
        output.log(`    ${await verifyTable(context, loaded, table, references)}`);
      }
      imported = { version: manifest.version };
      previousReferences = references;
    } catch (error) {
      return reportRefusal(error, output);
    }
  }
  return 0;
}

/** A full version stands alone; a delta sees the ids its base defined. */
function referenceCheckerFor(
  kind: 'full' | 'delta',
  base: ReferenceChecker | null,
): ReferenceChecker | null {
  if (kind === 'full') return new ReferenceChecker();
  return base === null ? null : new ReferenceChecker((table) => base.definedIds(table));
}

async function verifyTable(
  context: VerifyContext,
  loaded: LoadedManifest,
  table: ManifestTable,
  references: ReferenceChecker | null,
): Promise<string> {
  const { reader, identities } = context;
  if (identities === null) {
    const place = {
      dataset: loaded.manifest.dataset,
      version: loaded.manifest.version,
      table: table.name,
    };
    const path = tableRepositoryPath(loaded, table);
    const size = await statFile(reader, path, place);
    if (size !== table.bytes)
      throw new PackageRefusal(
        'table-size',
        place,
        `${path} is ${size} bytes, the manifest says ${table.bytes}`,
      );
    const source = new HashingRangeSource({
      reader,
      path,
      size,
      expectedSha256: table.sha256,
      place,
      chunkBytes: 4 * 1024 * 1024,
    });
    await source.drain();
    source.assertIntact();
    return `${table.name}: ${size} bytes, SHA-256 matches (${table.rows} rows stated; give --identity to decrypt and check them)`;
  }
  const rowChecker = await dictionaryRowChecker(table.name, references);
  const rows = readTableRows(reader, loaded, table, identities, { rowChecker, batchRows: 10_000 });
  for (;;) {
    const next = await rows.next();
    if (next.done)
      return `${table.name}: ${next.value.bytes} bytes, SHA-256 matches, ${next.value.rows} rows decrypted, every row valid`;
  }
}

function reportRefusal(error: unknown, output: CommandOutput): number {
  if (!isPackageRefusal(error)) throw error;
  output.error(`REFUSED (${error.reason}): ${error.message}`);
  return 1;
}

export async function runVerify(args: string[], output: CommandOutput): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: { trust: { type: 'string', multiple: true }, identity: { type: 'string' } },
  });
  if (positionals.length !== 1)
    throw new UsageError('name one repository: a folder or an http(s) URL');
  const trust = values.trust ?? [];
  if (trust.length === 0)
    throw new UsageError(
      '--trust <publisher.pub.pem> is required: nothing is trusted on first use',
    );
  const trustedKeys = await Promise.all(
    trust.map(async (path) => trustedKeyFromPem(await readFile(path, 'utf8'))),
  );
  const identities =
    values.identity === undefined
      ? null
      : parseIdentityFile(await readFile(values.identity, 'utf8'));
  const location = positionals[0]!;
  output.log(`repository: ${location}`);
  output.log(`trusted keys: ${trustedKeys.map((key) => key.fingerprint).join(', ')}`);
  const refusals = await verifyRepository({
    reader: repositoryReaderFor(location),
    trustedKeys,
    identities,
    output,
  });
  return refusals === 0 ? 0 : 1;
}
