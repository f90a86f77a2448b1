import { describe, expect, it, vi } from 'vitest';
import type { RepositoryReadRequest, RepositorySource } from '../../shared/host/hostApi';
import { HostCallError } from '../../shared/result';
import { withRepositoryApproval } from './repositoryApproval';

const legacy: RepositorySource = { kind: 'http', baseUrl: 'https://sandbox.example.cn/' };

/** A host like Electron's main: refuses reads of unapproved addresses until approved. */
function fakeHost(userAllows: boolean) {
  const approved = new Set<string>();
  const refuse = (baseUrl: string) =>
    new HostCallError({
      code: 'forbidden',
      message: `The repository ${baseUrl} has not been approved`,
    });
  const host = {
    approveRepository: vi.fn(async (baseUrl: string) => {
      // The user takes a moment to answer.
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (userAllows) approved.add(baseUrl);
      return userAllows;
    }),
    statRepositoryFile: vi.fn(async (source: RepositorySource) => {
      if (source.kind === 'http' && !approved.has(source.baseUrl)) throw refuse(source.baseUrl);
      return { size: 3 };
    }),
    readRepositoryFile: vi.fn(async ({ source }: RepositoryReadRequest) => {
      if (source.kind === 'http' && !approved.has(source.baseUrl)) throw refuse(source.baseUrl);
      return { bytes: new Uint8Array([1, 2, 3]), totalSize: 3 };
    }),
  };
  return host;
}

describe('reads of a source saved before the host kept approvals', () => {
  it('ask the user once on the first refusal, then carry on', async () => {
    const host = fakeHost(true);
    const reads = withRepositoryApproval(host);
    const [info, chunk, again] = await Promise.all([
      reads.statRepositoryFile(legacy, 'index.json'),
      reads.readRepositoryFile({ source: legacy, path: 'index.json' }),
      reads.readRepositoryFile({ source: legacy, path: 'index.json.sig' }),
    ]);
    expect(info).toEqual({ size: 3 });
    expect(chunk.bytes).toEqual(new Uint8Array([1, 2, 3]));
    expect(again.totalSize).toBe(3);
    expect(await reads.statRepositoryFile(legacy, 'index.json')).toEqual({ size: 3 });
    expect(host.approveRepository).toHaveBeenCalledTimes(1);
    expect(host.approveRepository).toHaveBeenCalledWith('https://sandbox.example.cn/');
  });

  it('keep the host’s refusal, naming the address, when the user declines', async () => {
    const host = fakeHost(false);
    const reads = withRepositoryApproval(host);
    await expect(reads.readRepositoryFile({ source: legacy, path: 'index.json' })).rejects.toThrow(
      'https://sandbox.example.cn/',
    );
    expect(host.readRepositoryFile).toHaveBeenCalledTimes(1);
  });

  it('never ask about folders, the bundled demo, or failures other than a refusal', async () => {
    const host = fakeHost(true);
    host.readRepositoryFile.mockRejectedValueOnce(
      new HostCallError({ code: 'network', message: 'connection refused' }),
    );
    const reads = withRepositoryApproval(host);
    await expect(reads.readRepositoryFile({ source: legacy, path: 'index.json' })).rejects.toThrow(
      'connection refused',
    );
    host.statRepositoryFile.mockRejectedValueOnce(
      new HostCallError({ code: 'forbidden', message: 'not the workstation page' }),
    );
    await expect(reads.statRepositoryFile({ kind: 'bundled' }, 'index.json')).rejects.toThrow(
      'not the workstation page',
    );
    expect(host.approveRepository).not.toHaveBeenCalled();
  });
});
