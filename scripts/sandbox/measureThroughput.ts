// Measures the import path under Node: `npx tsx scripts/sandbox/measureThroughput.ts [orders]`.
// Row validation alone, then readTableRows (range reads, SHA-256, age, gunzip, NDJSON) with validation.
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { rowValidatorFor } from '../../shared/dictionary/rowValidation';
import { dictionaryRowChecker } from '../../shared/package/dictionaryRowChecker';
import { loadIndex } from '../../shared/package/loadIndex';
import { loadManifest } from '../../shared/package/loadManifest';
import { readTableRows } from '../../shared/package/readTableRows';
import { ReferenceChecker } from '../../shared/package/references';
import {
  buildFixtureRepository,
  createFixturePublisher,
} from '../../shared/package/testing/packageFixture';
import { syntheticTables } from './syntheticTables';

const orders = Number(process.argv[2] ?? 100_000);
const tables = syntheticTables(orders);
const orderRows = tables
  .orders!.trimEnd()
  .split('\n')
  .map((line) => JSON.parse(line) as Record<string, unknown>);

const validate = rowValidatorFor('orders');
const validationRuns = Math.ceil(1_000_000 / orderRows.length);
let started = performance.now();
for (let run = 0; run < validationRuns; run++) {
  for (const row of orderRows) if (validate(row) !== null) throw new Error('invalid synthetic row');
}
let seconds = (performance.now() - started) / 1000;
const validated = validationRuns * orderRows.length;
console.log(
  `validator: ${validated} order rows in ${seconds.toFixed(2)} s = ${Math.round(validated / seconds)} rows/s`,
);

const identity = await generateX25519Identity();
const publisher = createFixturePublisher();
const repository = await buildFixtureRepository(publisher, [
  {
    id: 'bench',
    title: 'bench',
    versions: [
      { version: 1, kind: 'full', tables, recipients: [await identityToRecipient(identity)] },
    ],
  },
]);
const { index } = await loadIndex(repository, [publisher.trustedKey]);
const loaded = await loadManifest(repository, 'bench', index.datasets[0]!.versions[0]!, [
  publisher.trustedKey,
]);
const references = new ReferenceChecker();
for (const table of loaded.manifest.tables) {
  const rowChecker = await dictionaryRowChecker(table.name, references);
  started = performance.now();
  const rows = readTableRows(repository, loaded, table, [identity], { rowChecker });
  let summary;
  for (let next = await rows.next(); ; next = await rows.next()) {
    if (next.done) {
      summary = next.value;
      break;
    }
  }
  seconds = (performance.now() - started) / 1000;
  if (summary.rows < 10_000) continue;
  const plaintextBytes = Buffer.byteLength(tables[table.name]!);
  console.log(
    `readTableRows ${table.name}: ${summary.rows} rows, ${(summary.bytes / 1e6).toFixed(1)} MB encrypted ` +
      `(${(plaintextBytes / 1e6).toFixed(1)} MB NDJSON) in ${seconds.toFixed(2)} s = ` +
      `${(summary.bytes / 1e6 / seconds).toFixed(1)} MB/s encrypted, ${(plaintextBytes / 1e6 / seconds).toFixed(1)} MB/s NDJSON, ` +
      `${Math.round(summary.rows / seconds)} rows/s`,
  );
}
