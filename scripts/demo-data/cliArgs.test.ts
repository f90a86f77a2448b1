import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DemoDataUsageError, parseDemoDataArgs } from './cliArgs';

describe('demo-data arguments', () => {
  it('default to scale 1, a fixed seed and the ground truth beside the output folder', () => {
    const args = parseDemoDataArgs(['--out', 'work/tables']);
    expect(args).toEqual({
      outDir: resolve('work/tables'),
      truthFile: resolve('work/ground-truth.json'),
      scale: 1,
      seed: 'gd-2026q3',
    });
  });

  it('take a scale, a seed and a truth file', () => {
    const args = parseDemoDataArgs([
      '--out',
      'o',
      '--scale',
      '0.2',
      '--seed',
      'x',
      '--truth',
      'answers/key.json',
    ]);
    expect(args.scale).toBe(0.2);
    expect(args.seed).toBe('x');
    expect(args.truthFile).toBe(resolve('answers/key.json'));
  });

  it('refuse a ground truth inside the output folder, which would ship the answers with the data', () => {
    expect(() => parseDemoDataArgs(['--out', 'o', '--truth', join('o', 'truth.json')])).toThrow(
      DemoDataUsageError,
    );
  });

  it.each([['0'], ['-1'], ['abc'], ['1000']])('refuse --scale %s', (scale) => {
    expect(() => parseDemoDataArgs(['--out', 'o', `--scale=${scale}`])).toThrow(DemoDataUsageError);
  });

  it('require --out', () => {
    expect(() => parseDemoDataArgs([])).toThrow(DemoDataUsageError);
  });
});
