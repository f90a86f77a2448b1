/**
 * Generation keys. Every full import writes its rows under a fresh generation,
 * `<dataset>#<version>`; the dataset's record names the generation readers use, so a commit is
 * one small write that flips it. A delta stages its rows under `<dataset>#<version>~staging`
 * and folds them into the current generation when it commits. Dataset ids never hold `#` or `~`.
 */

export function generationKey(dataset: string, version: number): string {
  return `${dataset}#${version}`;
}

export function stagingGenerationKey(dataset: string, version: number): string {
  return `${generationKey(dataset, version)}~staging`;
}

export function datasetOfGeneration(generation: string): string {
  const at = generation.indexOf('#');
  return at === -1 ? generation : generation.slice(0, at);
}
