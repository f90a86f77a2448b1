import { describe, expect, it } from 'vitest';
import { datasetOfGeneration, generationKey, stagingGenerationKey } from './generation';

describe('generation keys', () => {
  it('name the dataset and the version, and staging apart', () => {
    expect(generationKey('gd-2026q3', 1)).toBe('gd-2026q3#1');
    expect(stagingGenerationKey('gd-2026q3', 2)).toBe('gd-2026q3#2~staging');
    expect(datasetOfGeneration('gd-2026q3#2~staging')).toBe('gd-2026q3');
    expect(datasetOfGeneration('gd.v1_x#10')).toBe('gd.v1_x');
  });
});
