// `npm run demo-repository [-- --publisher-key <pem>]`: regenerates assets/demo-repository (scripts/demo-data/demoRepository.ts).
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildDemoRepository } from './demo-data/demoRepository';

const { values } = parseArgs({
  args: process.argv.slice(2),
  strict: true,
  options: { 'publisher-key': { type: 'string' } },
});
const projectRoot = fileURLToPath(new URL('..', import.meta.url));
try {
  await buildDemoRepository({
    projectRoot,
    publisherKeyFile: values['publisher-key'] ?? null,
    log: (line) => console.log(line),
  });
} catch (error) {
  console.error(`demo-repository: ${(error as Error).message}`);
  process.exitCode = 1;
}
