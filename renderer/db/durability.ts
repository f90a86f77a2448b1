/**
 * Strict durability for the records a crash must not lose: audit entries and import markers.
 * Dexie 4 sets durability per database only, so a DBCore middleware asks for `strict` on every
 * read-write transaction that touches those stores; bulk row writes keep the browser's default.
 */
import type { DBCore, DbCoreTransactionOptions, Middleware } from 'dexie';

/** Stores whose writes commit only once on disk: the audit chain and the import commit markers. */
export const STRICT_STORES: ReadonlySet<string> = new Set(['audit', 'imports']);

export function durabilityFor(
  storeNames: readonly string[],
  mode: 'readonly' | 'readwrite',
  requested: DbCoreTransactionOptions | undefined,
): DbCoreTransactionOptions | undefined {
  if (mode !== 'readwrite' || !storeNames.some((name) => STRICT_STORES.has(name))) return requested;
  return { ...requested, durability: 'strict' };
}

export const strictDurability: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'strictDurability',
  create: (down) => ({
    ...down,
    transaction: (storeNames, mode, options) =>
      down.transaction(storeNames, mode, durabilityFor(storeNames, mode, options)),
  }),
};
