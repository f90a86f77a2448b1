/**
 * `npm run analyze -- --repo <folder or URL> --identity <file> --trust <pem> --out <alerts.ndjson>`:
 * pulls a repository as the workstation does, runs the local detectors and writes their
 * alerts in the dictionary's `alerts` form.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { LOCAL_DETECTORS, LOCAL_MODEL_NAME } from '../shared/analytics/detectors';
import { trustedKeyFromPem } from '../shared/crypto/trustedKey';
import { parseIdentityFile } from '../shared/package/identityFile';
import { isPackageRefusal } from '../shared/package/refusal';
import { pullIntoMemory } from './analyze/pullIntoMemory';
import { repositoryReaderFor } from './sandbox/readers';

const USAGE =
  'usage: npm run analyze -- --repo <folder or URL> --identity <file> --trust <publisher.pub.pem> --out <alerts.ndjson>';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      repo: { type: 'string' },
      identity: { type: 'string' },
      trust: { type: 'string', multiple: true },
      out: { type: 'string' },
    },
  });
  if (!values.repo || !values.identity || !values.trust?.length || !values.out) {
    console.error(USAGE);
    return 2;
  }
  const trustedKeys = await Promise.all(
    values.trust.map(async (path) => trustedKeyFromPem(await readFile(path, 'utf8'))),
  );
  const identities = parseIdentityFile(await readFile(values.identity, 'utf8'));
  const started = performance.now();
  const reports = await pullIntoMemory(
    repositoryReaderFor(values.repo),
    trustedKeys,
    identities,
    (line) => console.log(line),
  );
  const lines: string[] = [];
  for (const { dataset } of reports) {
    for (const detector of LOCAL_DETECTORS) {
      for (const alert of detector.detect(dataset))
        lines.push(JSON.stringify({ ...alert, model: LOCAL_MODEL_NAME }));
    }
  }
  await writeFile(values.out, lines.length ? `${lines.join('\n')}\n` : '');
  if (LOCAL_DETECTORS.length === 0)
    console.log(`No local detectors are installed yet: ${values.out} holds no alerts.`);
  else console.log(`${lines.length} local alert(s) written to ${values.out}`);
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
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
