import { useLiveQuery } from 'dexie-react-hooks';
import { countCurrentRows } from '../db/generations';

export interface GraphInputCounts {
  accounts: number;
  identifiers: number;
  transfers: number;
}

/** The rows the account graph is built from: accounts, their identifiers, fund transfers. */
export function useGraphInputCounts(): GraphInputCounts | undefined {
  return useLiveQuery(async () => {
    const [accounts, identifiers, transfers] = await Promise.all([
      countCurrentRows('accounts'),
      countCurrentRows('identifiers'),
      countCurrentRows('transfers'),
    ]);
    return { accounts, identifiers, transfers };
  }, []);
}
