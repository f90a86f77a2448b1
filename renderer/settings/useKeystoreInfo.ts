import { useEffect, useState } from 'react';
import type { KeystoreInfo } from '../../shared/host/hostApi';
import { host } from '../host';

export type KeystoreState =
  | { status: 'loading' }
  | { status: 'ready'; info: KeystoreInfo }
  | { status: 'failed'; message: string };

/** How the host can protect this workstation's keys. */
export function useKeystoreInfo(): KeystoreState {
  const [state, setState] = useState<KeystoreState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    host.keystoreInfo().then(
      (info) => current && setState({ status: 'ready', info }),
      (error: unknown) =>
        current &&
        setState({
          status: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      current = false;
    };
  }, []);
  return state;
}
