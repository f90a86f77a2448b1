/**
 * `publish`: turns a folder of NDJSON tables into the next version of a dataset in a
 * repository: every row checked, each table gzip-compressed and age-encrypted, manifest and
 * index written and signed (sandbox spec §2).
 */
import { mkdir, rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DICTIONARY_VERSION } from '../../shared/dictionary/tables';
import { sha256Hex } from '../../shared/crypto/sha256';
import { dictionaryRowChecker } from '../../shared/package/dictionaryRowChecker';
import { ReferenceChecker } from '../../shared/package/references';
import type { ManifestTable, PackageManifest, PackageScope } from '../../shared/package/schemas';
import { PACKAGE_FORMAT } from '../../shared/package/schemas';
import { idSeedFromFolder } from './baseIds';
import { encryptTableFile } from './encryptTableFile';
import { NdjsonFileCheck } from './ndjsonFileCheck';
import type { CommandOutput } from './output';
import type { PublishOptions } from './publishArgs';
import { parsePublishArgs } from './publishArgs';
import { readCurrentIndex, withVersion, writeSignedJson } from './repositoryIndexFile';
import { readPublisherKey } from './signing';
import { listTableInputs } from './tableInputs';
import { addDays, isoWithLocalOffset } from './timestamps';

export interface PublishedVersion {
  dataset: string;
  version: number;
  kind: 'full' | 'delta';
  manifestPath: string;
  tables: ManifestTable[];
  referencesChecked: boolean;
}

const DEFAULT_RETENTION_DAYS = 365;

export async function publish(
  options: PublishOptions,
  output: CommandOutput,
): Promise<PublishedVersion> {
  const key = await readPublisherKey(options.keyFile);
  const current = await readCurrentIndex(options.repository, key);
  const existing = current?.datasets.find((dataset) => dataset.id === options.dataset);
  const latest = existing?.versions.at(-1)?.version ?? null;
  const kind = options.deltaOf === null ? 'full' : 'delta';
  if (options.deltaOf !== null && options.deltaOf !== latest) {
    throw new Error(
      `--delta-of ${options.deltaOf}: a delta applies on the latest version, which is ${latest ?? 'none (nothing published)'}`,
    );
  }
  const version = (latest ?? 0) + 1;
  const created = isoWithLocalOffset(options.now);
  const expires =
    options.expires ?? isoWithLocalOffset(addDays(options.now, DEFAULT_RETENTION_DAYS));
  if (Date.parse(expires) <= options.now.getTime())
    throw new Error(`--expires ${expires} is not in the future`);
  const inputs = await listTableInputs(options.input, kind);

  const folderPath = `packages/${options.dataset}/${version}`;
  const folder = join(options.repository, folderPath);
  await mkdir(join(options.repository, 'packages', options.dataset), { recursive: true });
  await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
    // Never overwrite: a leftover folder means an earlier run stopped outside this tool's cleanup.
    if (error.code === 'EEXIST')
      throw new Error(`${folder} already exists but the index does not list it: remove it first`);
    throw error;
  });
  try {
    // A full version stands alone; a delta's references reach into its base only with --base-in.
    const referencesChecked = kind === 'full' || options.baseInput !== null;
    const references = referencesChecked
      ? new ReferenceChecker(
          options.baseInput === null ? undefined : idSeedFromFolder(options.baseInput),
        )
      : null;
    const brokers = new Set<string>();
    const tables: ManifestTable[] = [];
    for (const { table, file } of inputs) {
      const check = new NdjsonFileCheck(
        file,
        await dictionaryRowChecker(table, references),
        (row) => {
          if (table === 'brokers' && typeof row.id === 'string') brokers.add(row.id);
        },
      );
      const path = `${table}.ndjson.gz.age`;
      const encrypted = await encryptTableFile(file, join(folder, path), options.recipients, check);
      tables.push({ name: table, path, ...encrypted });
      output.log(`  ${table}: ${encrypted.rows} rows, ${encrypted.bytes} bytes encrypted`);
    }
    if (!referencesChecked)
      output.log(
        '  note: references into the base version were not checked (give --base-in to check them)',
      );

    const manifest: PackageManifest = {
      format: PACKAGE_FORMAT,
      dataset: options.dataset,
      version,
      kind,
      ...(options.deltaOf === null ? {} : { base: options.deltaOf }),
      title: options.title,
      created,
      expires,
      scope: scopeOf(options, brokers),
      dictionary: DICTIONARY_VERSION,
      tables,
    };
    const manifestPath = `${folderPath}/manifest.json`;
    const manifestBytes = await writeSignedJson(
      join(options.repository, manifestPath),
      manifest,
      key,
    );
    const index = withVersion(current, {
      publisher: options.publisher ?? current?.publisher ?? 'Regulatory data sandbox',
      datasetId: options.dataset,
      title: options.title,
      entry: { version, kind, path: manifestPath, sha256: sha256Hex(manifestBytes) },
      generated: created,
      expires: isoWithLocalOffset(addDays(options.now, options.indexValidDays)),
    });
    await writeSignedJson(join(options.repository, 'index.json'), index, key);
    return { dataset: options.dataset, version, kind, manifestPath, tables, referencesChecked };
  } catch (error) {
    // Nothing half-published: the index was not touched, the new version folder goes.
    await rm(folder, { recursive: true, force: true });
    await rmdir(join(options.repository, 'packages', options.dataset)).catch(() => undefined);
    throw error;
  }
}

function scopeOf(options: PublishOptions, brokers: ReadonlySet<string>): PackageScope {
  const scope: PackageScope = {};
  if (options.jurisdiction !== null) scope.jurisdiction = options.jurisdiction;
  if (brokers.size > 0) scope.brokers = [...brokers].sort();
  if (options.period !== null) scope.period = options.period;
  return scope;
}

export async function runPublish(args: string[], output: CommandOutput): Promise<number> {
  const options = parsePublishArgs(args, new Date());
  output.log(`publishing ${options.dataset} from ${options.input} into ${options.repository}`);
  const published = await publish(options, output);
  output.log(
    `published ${published.dataset} version ${published.version} (${published.kind}): ${published.manifestPath}`,
  );
  return 0;
}
