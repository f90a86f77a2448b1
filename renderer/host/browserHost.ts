/**
 * HostApi implemented inside the page, for `npm run web` and the end-to-end tests.
 * What it cannot do as Electron does (OS keystore, native menus, silent PDF files) it
 * reports honestly: see the README's "Browser host" section.
 */
import type { AppInfo, HostApi, SaveOutcome } from '../../shared/host/hostApi';
import { HostCallError } from '../../shared/result';
import { deleteGrant, listGrants, saveGrant } from './folderGrants';
import { readRepositoryFile, statRepositoryFile } from './browserRepository';
import { printHtml } from './printHtml';

function chromiumVersion(): string {
  return /Chrom(?:e|ium)\/([\d.]+)/.exec(navigator.userAgent)?.[1] ?? 'unknown';
}

function downloadBytes(name: string, mimeType: string, data: Uint8Array): SaveOutcome {
  const blob = new Blob([data as BlobPart], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoke after the download has been handed to the browser.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { saved: true, location: name };
}

export function createBrowserHost(): HostApi {
  return {
    async appInfo(): Promise<AppInfo> {
      return {
        name: 'Examiner Workstation',
        version: __APP_VERSION__,
        host: 'browser',
        platform: navigator.platform || 'web',
        systemLocale: navigator.languages[0] ?? navigator.language ?? 'en',
        versions: { chromium: chromiumVersion() },
      };
    },
    // No native menu to translate in a browser tab.
    async setLanguage() {},

    async chooseFolder() {
      if (!window.showDirectoryPicker)
        throw new HostCallError({
          code: 'unavailable',
          message: 'This browser cannot open folders; serve the repository over HTTP instead.',
        });
      try {
        return await saveGrant(
          await window.showDirectoryPicker({ id: 'sandbox-repository', mode: 'read' }),
        );
      } catch (error) {
        if ((error as DOMException).name === 'AbortError') return null;
        throw error;
      }
    },
    listFolders: listGrants,
    forgetFolder: deleteGrant,

    // The page fetches repositories itself here: there is no main process to hold approvals.
    async approveRepository() {
      return true;
    },
    async revokeRepository() {},
    statRepositoryFile,
    readRepositoryFile: (request) =>
      readRepositoryFile(request.source, request.path, request.range),

    async saveFile(request) {
      return downloadBytes(request.suggestedName, request.mimeType, request.data);
    },
    async exportPdf(request) {
      await printHtml(request.html);
      return { saved: false, via: 'print-dialog' };
    },

    async keystoreInfo() {
      return { protection: 'passphrase', backend: 'browser' };
    },
    async sealSecret() {
      throw new HostCallError({
        code: 'unavailable',
        message: 'No OS keystore in the browser host: keys are passphrase-wrapped.',
      });
    },
    async unsealSecret() {
      throw new HostCallError({
        code: 'unavailable',
        message: 'No OS keystore in the browser host: keys are passphrase-wrapped.',
      });
    },

    // A browser tab has no native menu, so no commands ever arrive.
    onCommand() {
      return () => {};
    },
  };
}
