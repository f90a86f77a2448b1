/**
 * `repo:approve` and `repo:revoke`: the user's approval of an HTTP(S) repository. The page can
 * ask, but only the user's click in a native dialog (which the page cannot draw or press)
 * records a grant.
 */
import { dialog } from 'electron';
import type { BrowserWindow, MessageBoxOptions } from 'electron';
import type { Language } from '../../shared/host/hostApi';
import { canonicalRepositoryBase } from '../../shared/host/repositoryBase';
import { HostCallError } from '../../shared/result';
import { DIALOG_LABELS } from '../dialogLabels';
import type { RepositoryGrantStore } from '../storage/repositoryGrantStore';
import type { IpcHandlers } from './types';

const ALLOW = 0;
const CANCEL = 1;

function canonicalOrRefuse(baseUrl: string): string {
  const canonical = canonicalRepositoryBase(baseUrl);
  if (canonical === null)
    throw new HostCallError({
      code: 'invalid-argument',
      message: `baseUrl: "${baseUrl}" is not an http(s) repository address`,
    });
  return canonical;
}

export function repositoryApprovalHandlers(
  repositories: RepositoryGrantStore,
  language: () => Language,
): Pick<IpcHandlers, 'repo:approve' | 'repo:revoke'> {
  // One question per base at a time: a page asking twice in a row gets the same answer.
  const pending = new Map<string, Promise<boolean>>();

  const ask = async (base: string, ownerWindow: BrowserWindow | null) => {
    const labels = DIALOG_LABELS[language()];
    const options: MessageBoxOptions = {
      type: 'question',
      title: labels.approveRepositoryTitle,
      message: labels.approveRepositoryMessage.replace('{origin}', new URL(base).origin),
      detail: labels.approveRepositoryDetail.replace('{address}', base),
      buttons: [labels.approveRepositoryAllow, labels.approveRepositoryCancel],
      // Enter or Escape alone never approves.
      defaultId: CANCEL,
      cancelId: CANCEL,
      noLink: true,
    };
    const { response } = ownerWindow
      ? await dialog.showMessageBox(ownerWindow, options)
      : await dialog.showMessageBox(options);
    if (response !== ALLOW) return false;
    await repositories.grant(base);
    return true;
  };

  return {
    async 'repo:approve'({ baseUrl }, { ownerWindow }) {
      const base = canonicalOrRefuse(baseUrl);
      if (await repositories.isGranted(base)) return true;
      const asking = pending.get(base);
      if (asking) return asking;
      const question = ask(base, ownerWindow).finally(() => pending.delete(base));
      pending.set(base, question);
      return question;
    },
    'repo:revoke': ({ baseUrl }) => repositories.revoke(canonicalOrRefuse(baseUrl)),
  };
}
