/**
 * `npm run analyze -- --repo <folder or URL> --identity <file> --trust <pem> --out <alerts.ndjson>`:
 * pulls a repository as the workstation does, runs the local detectors and writes their
 * alerts in the dictionary's `alerts` form: new alerts under `LOCAL-…` ids, and the sandbox's
 * alerts that a local detection confirmed, under their own ids with the local features added.
 * `--groups <file>` also writes the account groups (账户组) whose evidence reaches a threshold.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { analyseDataset } from '../shared/analytics/detectors';
import { dedupAgainstSandbox } from '../shared/analytics/dedup';
import { groupEvidenceTable } from '../shared/analytics/groupEvidence';
import { trustedKeyFromPem } from '../shared/crypto/trustedKey';
import { parseIdentityFile } from '../shared/package/identityFile';
import { isPackageRefusal } from '../shared/package/refusal';
import { installSha256 } from '../shared/crypto/sha256';
import { nativeSha256 } from './analyze/nativeSha256';
import { pullAndAnalyse } from './analyze/pullAndAnalyse';
import { repositoryReaderFor } from './sandbox/readers';

const USAGE =
  'usage: npm run analyze -- --repo <folder or URL> --identity <file> --trust <publisher.pub.pem> --out <alerts.ndjson> [--groups <account-groups.ndjson>]';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      repo: { type: 'string' },
      identity: { type: 'string' },
      trust: { type: 'string', multiple: true },
      out: { type: 'string' },
      groups: { type: 'string' },
    },
  });
  if (!values.repo || !values.identity || !values.trust?.length || !values.out) {
    console.error(USAGE);
    return 2;
  }
  // The package checks hash every byte: Node's native SHA-256 instead of the portable one.
  installSha256(nativeSha256);
  const trustedKeys = await Promise.all(
    values.trust.map(async (path) => trustedKeyFromPem(await readFile(path, 'utf8'))),
  );
  const identities = parseIdentityFile(await readFile(values.identity, 'utf8'));
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  const lines: string[] = [];
  const groupLines: string[] = [];
  // Each dataset's rows stream from the checks into the detectors' columns (see pullAndAnalyse).
  const analysed = await pullAndAnalyse(
    repositoryReaderFor(values.repo),
    trustedKeys,
    identities,
    (line) => console.log(line),
    (dataset) =>
      analyseDataset(dataset, { onProgress: (line) => console.log(`${dataset.id}: ${line}`) }),
  );
  for (const { datasetId, result } of analysed) {
    const { alerts, data, context } = result;
    // A local finding that the sandbox already reported raises its alert instead of doubling it.
    const { fresh, raised } = dedupAgainstSandbox(alerts, data.sandboxAlerts);
    for (const alert of [...fresh, ...raised]) lines.push(JSON.stringify(alert));
    if (values.groups) {
      const table = groupEvidenceTable(context);
      for (const row of table.rows.filter((entry) => entry.reaches.length > 0))
        groupLines.push(
          JSON.stringify({ dataset: datasetId, ...row, thresholds: table.thresholds }),
        );
    }
    console.log(
      `${datasetId}: ${alerts.length} local alert(s): ${fresh.length} new, ${raised.length} sandbox alert(s) raised`,
    );
  }
  await writeFile(values.out, lines.length ? `${lines.join('\n')}\n` : '');
  console.log(`${lines.length} alert(s) written to ${values.out}`);
  if (values.groups) {
    await writeFile(values.groups, groupLines.length ? `${groupLines.join('\n')}\n` : '');
    console.log(
      `${groupLines.length} account group(s) reaching a threshold written to ${values.groups}`,
    );
  }
  // CPU of the whole process (worker threads included) beside wall time: on a shared machine the
  // wall time also counts the other processes' turns.
  const cpu = process.cpuUsage(cpuAtStart);
  console.log(
    `done in ${((performance.now() - started) / 1000).toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU (user ${(cpu.user / 1e6).toFixed(1)} s, system ${(cpu.system / 1e6).toFixed(1)} s)`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      isPackageRefusal(error)
        ? `REFUSED (${error.reason}): ${error.message}`
        : (error as Error).message,
    );
    process.exit(1);
  },
);
