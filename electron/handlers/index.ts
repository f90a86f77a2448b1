/** Every IPC handler of the host, one per channel of the shared contract. */
import type { Language } from '../../shared/host/hostApi';
import type { NativeMenu } from '../menu';
import type { HttpFetch } from '../repository/httpRepository';
import type { FolderGrantStore } from '../storage/folderGrantStore';
import type { RepositoryGrantStore } from '../storage/repositoryGrantStore';
import { appHandlers } from './appInfo';
import { fileHandlers } from './files';
import { folderHandlers } from './folders';
import { keystoreHandlers } from './keystore';
import { pdfExportHandlers } from './pdfExport';
import { repositoryHandlers } from './repository';
import { repositoryApprovalHandlers } from './repositoryApproval';
import type { IpcHandlers } from './types';

export interface HostServices {
  menu: NativeMenu;
  grants: FolderGrantStore;
  /** The HTTP(S) repositories the user approved; main fetches from no others. */
  repositories: RepositoryGrantStore;
  fetchHttp: HttpFetch;
  /** Folder of the demo repository shipped with the app. */
  bundledRepository: string;
}

export function createHandlers({
  menu,
  grants,
  repositories,
  fetchHttp,
  bundledRepository,
}: HostServices): IpcHandlers {
  const language = (): Language => menu.language();
  return {
    ...appHandlers(menu),
    ...folderHandlers(grants, language),
    ...repositoryApprovalHandlers(repositories, language),
    ...repositoryHandlers(grants, repositories, fetchHttp, bundledRepository),
    ...fileHandlers(language),
    ...pdfExportHandlers(language),
    ...keystoreHandlers(),
  };
}
