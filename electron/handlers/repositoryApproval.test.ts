import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../shared/host/hostApi';
import { RepositoryGrantStore } from '../storage/repositoryGrantStore';

/** The user's answer to the native dialog: 0 is Allow, 1 is Cancel. */
const dialog = vi.hoisted(() => ({
  answer: 0,
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: dialog.answer })),
}));

vi.mock('electron', () => ({ dialog: { showMessageBox: dialog.showMessageBox } }));

const { repositoryApprovalHandlers } = await import('./repositoryApproval');
const { repositoryHandlers } = await import('./repository');
const { FolderGrantStore } = await import('../storage/folderGrantStore');

let folder: string;
let repositories: RepositoryGrantStore;
let language: Language;
const context = { ownerWindow: null };

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'examiner-approval-'));
  repositories = new RepositoryGrantStore(join(folder, 'repository-grants.json'));
  language = 'zh-CN';
  dialog.answer = 0;
  dialog.showMessageBox.mockClear();
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const handlers = () => repositoryApprovalHandlers(repositories, () => language);
const shownOptions = (call = 0) =>
  dialog.showMessageBox.mock.calls[call]?.[0] as {
    message: string;
    detail: string;
    buttons: string[];
    defaultId: number;
    cancelId: number;
  };

describe('repository approval', () => {
  it('asks the user in their language, naming the origin and the address, then records the grant', async () => {
    const approved = await handlers()['repo:approve'](
      { baseUrl: 'https://sandbox.example.cn/gd' },
      context,
    );
    expect(approved).toBe(true);
    const options = shownOptions();
    expect(options.message).toBe('允许审查工作站从 https://sandbox.example.cn 获取数据？');
    expect(options.detail).toContain('https://sandbox.example.cn/gd/');
    expect(options.buttons).toEqual(['允许', '取消']);
    // Enter or Escape alone must not approve.
    expect([options.defaultId, options.cancelId]).toEqual([1, 1]);
    expect(await repositories.list()).toEqual(['https://sandbox.example.cn/gd/']);
  });

  it('follows the English UI', async () => {
    language = 'en';
    await handlers()['repo:approve']({ baseUrl: 'https://sandbox.example.cn/' }, context);
    expect(shownOptions().message).toBe(
      'Allow Examiner Workstation to fetch data from https://sandbox.example.cn?',
    );
    expect(shownOptions().buttons).toEqual(['Allow', 'Cancel']);
  });

  it('records nothing when the user cancels, and reads stay refused', async () => {
    dialog.answer = 1;
    const fetchHttp = vi.fn();
    const approved = await handlers()['repo:approve'](
      { baseUrl: 'https://collector.example/' },
      context,
    );
    expect(approved).toBe(false);
    expect(await repositories.list()).toEqual([]);
    const reads = repositoryHandlers(
      new FolderGrantStore(join(folder, 'folder-grants.json')),
      repositories,
      fetchHttp,
      folder,
    );
    await expect(
      Promise.resolve(
        reads['repo:read'](
          { source: { kind: 'http', baseUrl: 'https://collector.example/' }, path: 'index.json' },
          context,
        ),
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(fetchHttp).not.toHaveBeenCalled();
  });

  it('does not ask again for an approved repository, and asks once for two calls at a time', async () => {
    const approval = handlers();
    const [first, second] = await Promise.all([
      approval['repo:approve']({ baseUrl: 'https://a.example/' }, context),
      approval['repo:approve']({ baseUrl: 'https://a.example' }, context),
    ]);
    expect([first, second]).toEqual([true, true]);
    expect(await approval['repo:approve']({ baseUrl: 'https://a.example/' }, context)).toBe(true);
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(1);
  });

  it('revokes, so the next approval asks the user again', async () => {
    const approval = handlers();
    await approval['repo:approve']({ baseUrl: 'https://a.example/repo/' }, context);
    await approval['repo:revoke']({ baseUrl: 'https://a.example/repo/' }, context);
    expect(await repositories.isGranted('https://a.example/repo/')).toBe(false);
    dialog.answer = 1;
    expect(await approval['repo:approve']({ baseUrl: 'https://a.example/repo/' }, context)).toBe(
      false,
    );
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(2);
  });
});
