/**
 * What every fuzz property shares: how many cases to run (FUZZ_SCALE multiplies them, so
 * `npm run harden` reuses these files), a timeout per case, and the outcome rule — a case is
 * either accepted or refused with a PackageRefusal whose message starts with its place.
 */
import type { RefusalReason } from '../refusal';
import { PackageRefusal, describePlace } from '../refusal';

const env =
  (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};

/** 1 in CI; `npm run harden` sets 10–50. */
export const FUZZ_SCALE = Math.max(1, Number(env['FUZZ_SCALE'] ?? '1') || 1);

/** The schedule CI runs when FUZZ_SEED is not given, so an unrelated change cannot turn CI red. */
export const CI_FUZZ_SEED = 20_261_126;

/**
 * A seed for reproducing a failure: FUZZ_SEED=<n> from fast-check's report. In CI, the fixed
 * CI_FUZZ_SEED; elsewhere (and in `npm run harden`) a fresh one each run, to find new cases.
 */
export const FUZZ_SEED: number | undefined =
  env['FUZZ_SEED'] !== undefined
    ? Number(env['FUZZ_SEED'])
    : env['CI'] !== undefined && env['FUZZ_SCALE'] === undefined
      ? CI_FUZZ_SEED
      : undefined;

export function fuzzRuns(base: number): number {
  return Math.round(base * FUZZ_SCALE);
}

/** fast-check parameters for a property of `base` CI runs. */
export function fuzzParameters(base: number): { numRuns: number; seed?: number } {
  return FUZZ_SEED === undefined
    ? { numRuns: fuzzRuns(base) }
    : { numRuns: fuzzRuns(base), seed: FUZZ_SEED };
}

/** A case that takes longer than this counts as a hang. */
export const CASE_TIMEOUT_MS = 5_000;

export class FuzzHang extends Error {
  override readonly name = 'FuzzHang';
}

// shared/ is compiled without DOM or Node types; every runtime it runs in has these timers.
const timers = globalThis as unknown as {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

export async function withinTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: unknown;
  const timeout = new Promise<never>((_, reject) => {
    timer = timers.setTimeout(
      () => reject(new FuzzHang(`${what} did not finish within ${CASE_TIMEOUT_MS} ms`)),
      CASE_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    timers.clearTimeout(timer);
  }
}

export type CaseOutcome<T> = { accepted: T } | { refused: PackageRefusal };

/**
 * Runs one case. Anything thrown that is not a PackageRefusal (a TypeError, a hang, a bare
 * library error) fails the property; so does a refusal whose message does not name its place.
 */
export async function outcomeOf<T>(work: () => Promise<T>, what: string): Promise<CaseOutcome<T>> {
  countCase(what);
  try {
    return { accepted: await withinTimeout(work(), what) };
  } catch (error) {
    if (!(error instanceof PackageRefusal)) {
      const kind = error instanceof Error ? error.name : typeof error;
      throw new Error(`${what}: crashed with ${kind} instead of refusing: ${String(error)}`, {
        cause: error,
      });
    }
    const place = describePlace(error);
    if (!error.message.startsWith(`${place}: `) || error.detail.trim().length === 0)
      throw new Error(`${what}: refusal does not name its place clearly: ${error.message}`, {
        cause: error,
      });
    return { refused: error };
  }
}

/** Like outcomeOf, but the case must be refused (optionally for one of `reasons`). */
export async function refusalOf(
  work: () => Promise<unknown>,
  what: string,
  reasons?: readonly RefusalReason[],
): Promise<PackageRefusal> {
  const outcome = await outcomeOf(work, what);
  if ('accepted' in outcome) throw new Error(`${what}: accepted, but it must be refused`);
  if (reasons && !reasons.includes(outcome.refused.reason)) {
    throw new Error(
      `${what}: refused for ${outcome.refused.reason}, expected ${reasons.join(' or ')}: ${outcome.refused.message}`,
    );
  }
  return outcome.refused;
}

const counts = new Map<string, number>();

export function countCase(kind: string): void {
  counts.set(kind, (counts.get(kind) ?? 0) + 1);
}

/** The line `npm run harden` adds up: `fuzz-cases {"file":…,"cases":N,"byKind":{…}}`. */
export function fuzzSummaryLine(file: string): string {
  const byKind = Object.fromEntries(counts);
  const cases = [...counts.values()].reduce((sum, n) => sum + n, 0);
  return `fuzz-cases ${JSON.stringify({ file, cases, byKind })}`;
}

/** Flips bit `bit` (0–7) of byte `at` in a copy of `bytes`. */
export function flipBit(bytes: Uint8Array, at: number, bit: number): Uint8Array {
  const copy = bytes.slice();
  copy[at] = copy[at]! ^ (1 << bit);
  return copy;
}
