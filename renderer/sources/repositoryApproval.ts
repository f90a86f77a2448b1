/**
 * Sources saved before the host kept approvals have none: the host refuses their reads as
 * `forbidden`. The first such refusal asks the user once (the host's native confirmation), and
 * on approval the read is tried again, so an upgrade strands nobody.
 */
import type { HostApi, RepositorySource } from '../../shared/host/hostApi';
import { HostCallError } from '../../shared/result';

export type RepositoryHost = Pick<HostApi, 'statRepositoryFile' | 'readRepositoryFile'>;
type ApprovingHost = RepositoryHost & Pick<HostApi, 'approveRepository'>;

export function withRepositoryApproval(host: ApprovingHost): RepositoryHost {
  // Reads that fail together (the catalog, a pull's parallel ranges) share one question.
  const asking = new Map<string, Promise<boolean>>();
  const approve = (baseUrl: string): Promise<boolean> => {
    const pending = asking.get(baseUrl);
    if (pending) return pending;
    const question = host.approveRepository(baseUrl).finally(() => asking.delete(baseUrl));
    asking.set(baseUrl, question);
    return question;
  };

  async function approvingRetry<T>(source: RepositorySource, read: () => Promise<T>): Promise<T> {
    try {
      return await read();
    } catch (error) {
      const refusedHttp =
        source.kind === 'http' && error instanceof HostCallError && error.code === 'forbidden';
      if (!refusedHttp || !(await approve(source.baseUrl))) throw error;
      return read();
    }
  }

  return {
    statRepositoryFile: (source, path) =>
      approvingRetry(source, () => host.statRepositoryFile(source, path)),
    readRepositoryFile: (request) =>
      approvingRetry(request.source, () => host.readRepositoryFile(request)),
  };
}
