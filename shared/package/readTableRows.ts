/**
 * Streams one table of a package: range reads → SHA-256 and byte count → age decryption →
 * gunzip → UTF-8 NDJSON → rows in batches. Memory stays bounded whatever the file's size.
 *
 * Rows are PROVISIONAL until the generator returns: the SHA-256, size and row count are only
 * known at the end, and a failure there throws instead of returning. Commit nothing before.
 */
import type { AbortSignalLike } from './abort';
import { throwIfAborted } from './abort';
import { createDecrypter, decryptStream } from './ageDecryption';
import { HashingRangeSource } from './hashingRangeSource';
import type { LoadedManifest } from './loadManifest';
import { tableRepositoryPath } from './loadManifest';
import type { NdjsonRow } from './ndjson';
import { NdjsonError, NdjsonLineSplitter, lineOfInvalidUtf8, parseNdjsonRow } from './ndjson';
import type { RefusalPlace } from './refusal';
import { PackageRefusal } from './refusal';
import type { RepositoryReader } from './repositoryReader';
import { statFile } from './repositoryReader';
import type { RowChecker, RowProblem } from './rowChecker';
import type { ManifestTable } from './schemas';
import type { ByteStreamReader } from './webStreams';
import { gunzipTransform, strictUtf8Decoder } from './webStreams';

export interface RowBatch {
  /** 1-based line number of `rows[0]`. */
  firstLine: number;
  rows: NdjsonRow[];
}

export interface TableReadProgress {
  table: string;
  /** Encrypted bytes read so far. */
  bytesRead: number;
  totalBytes: number;
  rows: number;
}

/** What the generator returns once everything has verified. */
export interface TableReadSummary {
  table: string;
  rows: number;
  bytes: number;
  sha256: string;
}

export interface ReadTableOptions {
  signal?: AbortSignalLike;
  onProgress?: (progress: TableReadProgress) => void;
  /** Rows per batch; 2,000 by default. */
  batchRows?: number;
  /** Dictionary checks applied to each row before it is batched. */
  rowChecker?: RowChecker;
  /** Bytes per range read; 2 MiB by default (never more than MAX_READ_BYTES). */
  chunkBytes?: number;
}

const DEFAULT_BATCH_ROWS = 2000;
const DEFAULT_CHUNK_BYTES = 2 * 1024 * 1024;

export async function* readTableRows(
  reader: RepositoryReader,
  loaded: LoadedManifest,
  table: ManifestTable,
  identities: readonly string[],
  options: ReadTableOptions = {},
): AsyncGenerator<RowBatch, TableReadSummary, undefined> {
  const { signal, onProgress, rowChecker } = options;
  const batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS;
  const place: RefusalPlace = {
    dataset: loaded.manifest.dataset,
    version: loaded.manifest.version,
    table: table.name,
  };
  const path = tableRepositoryPath(loaded, table);
  throwIfAborted(signal);
  const size = await statFile(reader, path, place);
  if (size !== table.bytes) {
    throw new PackageRefusal(
      'table-size',
      place,
      `${path} is ${size} bytes, the manifest says ${table.bytes}`,
    );
  }

  let rowCount = 0;
  const report = (bytesRead: number): void =>
    onProgress?.({ table: table.name, bytesRead, totalBytes: size, rows: rowCount });
  const source = new HashingRangeSource({
    reader,
    path,
    size,
    expectedSha256: table.sha256,
    place,
    chunkBytes: options.chunkBytes ?? DEFAULT_CHUNK_BYTES,
    signal,
    onBytes: report,
  });
  const decrypter = createDecrypter(identities, place, path);

  let text: ByteStreamReader | null = null;
  let finished = false;
  try {
    const plaintext = await decryptStream(decrypter, source.stream()).catch(
      async (error: unknown) => {
        throw await source.explain(error);
      },
    );
    text = plaintext.pipeThrough(gunzipTransform()).getReader();
    const decoder = strictUtf8Decoder();
    const splitter = new NdjsonLineSplitter();
    let batch: NdjsonRow[] = [];

    for (;;) {
      throwIfAborted(signal);
      const next = await text.read().catch(async (error: unknown) => {
        throw await source.explain(error);
      });
      const lines = splitLines(splitter, decoder, next.done ? undefined : next.value, place);
      for (const line of lines) {
        const lineNumber = ++rowCount;
        const row = parseRow(line, lineNumber, place);
        if (lineNumber > table.rows) {
          throw new PackageRefusal(
            'row-count',
            place,
            `the table has more rows than the ${table.rows} the manifest says`,
          );
        }
        const problem = rowChecker?.check(row, lineNumber);
        if (problem) throw refusalFor(problem, place);
        batch.push(row);
        if (batch.length >= batchRows) {
          yield { firstLine: lineNumber - batch.length + 1, rows: batch };
          throwIfAborted(signal);
          batch = [];
          report(source.bytesRead);
        }
      }
      if (next.done) break;
    }

    // Bytes past the end of the gzip stream are still part of what was signed.
    await source.drain();
    const sha256 = source.assertIntact();
    if (rowCount !== table.rows) {
      throw new PackageRefusal(
        'row-count',
        place,
        `the table has ${rowCount} rows, the manifest says ${table.rows}`,
      );
    }
    const lastProblem = rowChecker?.finish() ?? (await rowChecker?.settle?.());
    if (lastProblem) throw refusalFor(lastProblem, place);
    finished = true;
    if (batch.length > 0) yield { firstLine: rowCount - batch.length + 1, rows: batch };
    report(size);
    return { table: table.name, rows: rowCount, bytes: size, sha256 };
  } finally {
    // Stopped early (refusal, cancellation, or the consumer broke off): release the streams.
    if (!finished && text !== null) await text.cancel().catch(() => undefined);
  }
}

function splitLines(
  splitter: NdjsonLineSplitter,
  decoder: ReturnType<typeof strictUtf8Decoder>,
  bytes: Uint8Array | undefined,
  place: RefusalPlace,
): string[] {
  let decoded: string;
  try {
    decoded = bytes === undefined ? decoder.decode() : decoder.decode(bytes, { stream: true });
  } catch {
    const line = lineOfInvalidUtf8(bytes ?? new Uint8Array(0), splitter.linesSoFar + 1);
    throw new PackageRefusal('format', { ...place, line }, 'the text is not valid UTF-8');
  }
  try {
    const lines = splitter.push(decoded);
    if (bytes === undefined) {
      const last = splitter.finish();
      if (last !== null) lines.push(last);
    }
    return lines;
  } catch (error) {
    throw ndjsonRefusal(error, place);
  }
}

function parseRow(line: string, lineNumber: number, place: RefusalPlace): NdjsonRow {
  try {
    return parseNdjsonRow(line, lineNumber);
  } catch (error) {
    throw ndjsonRefusal(error, place);
  }
}

function ndjsonRefusal(error: unknown, place: RefusalPlace): unknown {
  return error instanceof NdjsonError
    ? new PackageRefusal('format', { ...place, line: error.line }, error.message)
    : error;
}

function refusalFor(problem: RowProblem, place: RefusalPlace): PackageRefusal {
  return new PackageRefusal(
    problem.reason,
    { ...place, line: problem.line, column: problem.column },
    problem.message,
  );
}
