import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../db/database';

export interface GraphInputCounts {
  accounts: number;
  identifiers: number;
  transfers: number;
}

/** The rows the account graph is built from: accounts, their identifiers, fund transfers. */
export function useGraphInputCounts(): GraphInputCounts | undefined {
  return useLiveQuery(async () => {
    const db = getDatabase();
    const [accounts, identifiers, transfers] = await Promise.all([
      db.accounts.count(),
      db.identifiers.count(),
      db.transfers.count(),
    ]);
    return { accounts, identifiers, transfers };
  }, []);
}
