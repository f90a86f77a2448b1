/** The command line of `npm run demo-data`, checked before anything is written. */
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { parseArgs } from 'node:util';

export const DEMO_DATA_USAGE =
  'npm run demo-data -- --out <folder> [--scale N] [--seed S] [--truth <file>]\n' +
  '  --scale  multiplies accounts and trades (1: ~20 000 accounts, ~150 000 trades; default 1)\n' +
  '  --seed   any text; the same seed and scale give byte-identical output (default gd-2026q3)\n' +
  '  --truth  the ground-truth JSON, outside --out (default <out>/../ground-truth.json)';

export interface DemoDataArgs {
  outDir: string;
  truthFile: string;
  scale: number;
  seed: string;
}

export class DemoDataUsageError extends Error {
  override readonly name = 'DemoDataUsageError';
}

export function isInside(folder: string, path: string): boolean {
  const fromFolder = relative(folder, path);
  return fromFolder === '' || (!fromFolder.startsWith('..') && !isAbsolute(fromFolder));
}

export function parseDemoDataArgs(args: string[]): DemoDataArgs {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      out: { type: 'string' },
      scale: { type: 'string' },
      seed: { type: 'string' },
      truth: { type: 'string' },
    },
  });
  if (values.out === undefined || values.out === '')
    throw new DemoDataUsageError('--out is required');
  const scale = values.scale === undefined ? 1 : Number(values.scale);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 100) {
    throw new DemoDataUsageError(
      `--scale expects a number above 0 and at most 100, got "${values.scale}"`,
    );
  }
  const outDir = resolve(values.out);
  const truthFile = resolve(values.truth ?? join(dirname(outDir), 'ground-truth.json'));
  if (isInside(outDir, truthFile)) {
    throw new DemoDataUsageError(
      `--truth ${truthFile} is inside --out: the answer key must not ship with the data`,
    );
  }
  return { outDir, truthFile, scale, seed: values.seed ?? 'gd-2026q3' };
}
