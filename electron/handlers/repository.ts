/** `repo:stat` and `repo:read`, for repositories in granted folders or on approved HTTP servers. */
import { HostCallError } from '../../shared/result';
import { readFolderFile, statFolderFile } from '../repository/folderRepository';
import type { HttpFetch } from '../repository/httpRepository';
import { readHttpFile, statHttpFile } from '../repository/httpRepository';
import type { FolderGrantStore } from '../storage/folderGrantStore';
import type { RepositoryGrantStore } from '../storage/repositoryGrantStore';
import { canonicalRepositoryBase } from '../../shared/host/repositoryBase';
import type { IpcHandlers } from './types';

export function repositoryHandlers(
  grants: FolderGrantStore,
  repositories: RepositoryGrantStore,
  fetchHttp: HttpFetch,
  bundledRepository: string,
): Pick<IpcHandlers, 'repo:stat' | 'repo:read'> {
  const grantedFolder = async (source: { grantId: string }): Promise<string> => {
    const path = await grants.pathOf(source.grantId);
    if (path === null)
      throw new HostCallError({
        code: 'not-found',
        message: 'The folder is no longer granted: choose it again.',
      });
    return path;
  };

  /** The approved base to fetch below; the page's own spelling of it is never sent. */
  const approvedBase = async (source: { baseUrl: string }): Promise<string> => {
    const base = canonicalRepositoryBase(source.baseUrl);
    if (base === null || !(await repositories.isGranted(base)))
      throw new HostCallError({
        code: 'forbidden',
        message: `The repository ${source.baseUrl} has not been approved on this workstation: approve it when asked, or add it as a source.`,
      });
    return base;
  };

  return {
    async 'repo:stat'({ source, path }) {
      if (source.kind === 'bundled') return statFolderFile(bundledRepository, path);
      if (source.kind === 'folder') return statFolderFile(await grantedFolder(source), path);
      return statHttpFile(fetchHttp, await approvedBase(source), path);
    },
    async 'repo:read'({ source, path, range }) {
      if (source.kind === 'bundled') return readFolderFile(bundledRepository, path, range);
      if (source.kind === 'folder') return readFolderFile(await grantedFolder(source), path, range);
      return readHttpFile(fetchHttp, await approvedBase(source), path, range);
    },
  };
}
