/**
 * The two signed JSON documents of a repository (sandbox spec §2): `index.json`
 * (`sandbox-index/1`) and each package's `manifest.json` (`sandbox-package/1`). Unknown fields
 * are accepted and kept, so a newer sandbox can add them.
 */
import { z } from 'zod';
import { isIsoDate, isIsoTimestamp } from '../dictionary/rowValidation';
import { DICTIONARY_VERSION } from '../dictionary/tables';

export const INDEX_FORMAT = 'sandbox-index/1';
export const PACKAGE_FORMAT = 'sandbox-package/1';

const timestamp = z.string().refine(isIsoTimestamp, 'expected an ISO 8601 timestamp with offset');
const isoDate = z.string().refine(isIsoDate, 'expected a date YYYY-MM-DD');
const sha256Hex = z
  .string()
  .regex(/^[0-9a-fA-F]{64}$/, 'expected a SHA-256 as 64 hex digits')
  .transform((hex) => hex.toLowerCase());
/** Dataset ids name a folder under `packages/`. */
const datasetId = z
  .string()
  .regex(/^[A-Za-z0-9._-]+$/, 'expected letters, digits, ".", "_" or "-"')
  .refine((id) => id !== '.' && id !== '..', 'expected a folder name');
const versionNumber = z.int().min(1);
const packageKind = z.enum(['full', 'delta']);

export const indexVersionSchema = z.looseObject({
  version: versionNumber,
  kind: packageKind,
  path: z.string(),
  sha256: sha256Hex,
});

export const indexDatasetSchema = z.looseObject({
  id: datasetId,
  title: z.string(),
  versions: z.array(indexVersionSchema),
});

export const repositoryIndexSchema = z.looseObject({
  format: z.literal(INDEX_FORMAT),
  publisher: z.string(),
  generated: timestamp,
  expires: timestamp.nullish(),
  datasets: z.array(indexDatasetSchema),
});

export const manifestTableSchema = z.looseObject({
  name: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/, 'expected a table name (lowercase letters, digits, "_")'),
  path: z.string(),
  rows: z.int().min(0),
  bytes: z.int().min(0),
  sha256: sha256Hex,
});

export const packageScopeSchema = z.looseObject({
  jurisdiction: z.string().nullish(),
  brokers: z.array(z.string()).nullish(),
  period: z.looseObject({ from: isoDate, to: isoDate }).nullish(),
});

export const packageManifestSchema = z.looseObject({
  format: z.literal(PACKAGE_FORMAT),
  dataset: datasetId,
  version: versionNumber,
  kind: packageKind,
  base: versionNumber.nullish(),
  title: z.string().nullish(),
  created: timestamp,
  /** Retention deadline: after it the workstation purges the dataset's rows. */
  expires: timestamp,
  scope: packageScopeSchema.nullish(),
  dictionary: z.literal(DICTIONARY_VERSION),
  tables: z.array(manifestTableSchema),
});

export type PackageKind = z.infer<typeof packageKind>;
export type IndexVersion = z.infer<typeof indexVersionSchema>;
export type IndexDataset = z.infer<typeof indexDatasetSchema>;
export type RepositoryIndex = z.infer<typeof repositoryIndexSchema>;
export type ManifestTable = z.infer<typeof manifestTableSchema>;
export type PackageScope = z.infer<typeof packageScopeSchema>;
export type PackageManifest = z.infer<typeof packageManifestSchema>;

/** `datasets[0].versions[1].sha256: expected …` for the first few issues. */
export function describeSchemaIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, 3).map((issue) => {
    const path = issue.path
      .map((key, i) =>
        typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`,
      )
      .join('');
    return `${path === '' ? '(top level)' : path}: ${issue.message}`;
  });
  const more = error.issues.length - shown.length;
  return more > 0 ? `${shown.join('; ')}; and ${more} more` : shown.join('; ');
}
