/**
 * The demo sandbox that ships with the app: the bundled repository, pinned to the demo
 * publisher's key, and the demo identity its packages are encrypted to. Both files are
 * compiled in, so choosing the demo needs no network and no file dialog.
 */
import demoIdentity from '../../assets/demo-keys/demo-identity.txt?raw';
import demoPublisherPem from '../../assets/demo-keys/demo-publisher.pub.pem?raw';
import { KeyringError, importIdentity } from '../keys/identities';
import { SourceError, addSource, listSources } from '../sources/sources';

export interface DemoSandboxNames {
  /** The source's title, in the language the user chose it in. */
  sourceTitle: string;
  identityLabel: string;
}

/** Adds whatever of the demo sandbox is missing; what is already there stays as it is. */
export async function addDemoSandbox(names: DemoSandboxNames): Promise<void> {
  await ignoring('identity-duplicate', () => importIdentity(demoIdentity, names.identityLabel));
  if (await hasDemoSandbox()) return;
  await ignoring('duplicate', () =>
    addSource({
      kind: 'bundled',
      location: '',
      title: names.sourceTitle,
      publisherKeyPem: demoPublisherPem,
    }),
  );
}

export async function hasDemoSandbox(): Promise<boolean> {
  return (await listSources()).some((source) => source.kind === 'bundled');
}

async function ignoring(code: string, action: () => Promise<unknown>): Promise<void> {
  try {
    await action();
  } catch (error) {
    const isExpected =
      (error instanceof KeyringError || error instanceof SourceError) && error.code === code;
    if (!isExpected) throw error;
  }
}
