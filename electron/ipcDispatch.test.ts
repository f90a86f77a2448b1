import { describe, expect, it, vi } from 'vitest';
import { ipcRequestSchemas } from '../shared/host/ipcContract';
import { HostCallError } from '../shared/result';
import { APP_ORIGIN } from './appOrigin';
import type { IpcCall, IpcRouter } from './ipcDispatch';
import { dispatchIpc } from './ipcDispatch';

const schemas = {
  'repo:read': ipcRequestSchemas['repo:read'],
  'repo:approve': ipcRequestSchemas['repo:approve'],
  'folder:forget': ipcRequestSchemas['folder:forget'],
  'app:info': ipcRequestSchemas['app:info'],
};

const trusted = { url: `${APP_ORIGIN}/index.html`, isMainFrame: true };

function setup() {
  const handlers = {
    'repo:read': vi.fn(async () => ({ bytes: new Uint8Array([1, 2]), totalSize: 2 })),
    'repo:approve': vi.fn(async () => true),
    'folder:forget': vi.fn(async () => undefined),
    'app:info': vi.fn(() => ({ name: 'Examiner Workstation' })),
  };
  const onUnexpectedError = vi.fn();
  const router: IpcRouter<typeof schemas, { ownerWindow: null }> = {
    schemas,
    handlers,
    appOrigin: APP_ORIGIN,
    onUnexpectedError,
  };
  const dispatch = (call: Partial<IpcCall<{ ownerWindow: null }>>) =>
    dispatchIpc(router, {
      channel: 'app:info',
      sender: trusted,
      args: [],
      context: { ownerWindow: null },
      ...call,
    });
  const noHandlerRan = () =>
    Object.values(handlers).every((handler) => handler.mock.calls.length === 0);
  return { handlers, dispatch, noHandlerRan, onUnexpectedError };
}

const validRead = {
  source: { kind: 'folder', grantId: 'abc-123' },
  path: 'packages/gd/1/manifest.json',
};

describe('dispatchIpc', () => {
  it('runs the handler with the parsed request and wraps its value in ok', async () => {
    const { dispatch, handlers } = setup();
    const result = await dispatch({ channel: 'repo:read', args: [validRead] });
    expect(result).toEqual({ ok: true, value: { bytes: new Uint8Array([1, 2]), totalSize: 2 } });
    expect(handlers['repo:read']).toHaveBeenCalledWith(validRead, { ownerWindow: null });
  });

  it('accepts a call without an argument for channels that take none', async () => {
    const { dispatch } = setup();
    expect(await dispatch({ channel: 'app:info', args: [] })).toEqual({
      ok: true,
      value: { name: 'Examiner Workstation' },
    });
  });

  it.each([
    ['a path leaving the repository', { ...validRead, path: '../secrets.txt' }, 'path'],
    ['an absolute path', { ...validRead, path: '/etc/passwd' }, 'path'],
    [
      'a malformed grant id',
      { ...validRead, source: { kind: 'folder', grantId: '../x' } },
      'source.grantId',
    ],
    ['an unknown source kind', { ...validRead, source: { kind: 'ftp', url: 'x' } }, 'source'],
    [
      'a non-http base URL',
      { ...validRead, source: { kind: 'http', baseUrl: 'file:///etc' } },
      'source.baseUrl',
    ],
    [
      'a base URL with a query',
      { ...validRead, source: { kind: 'http', baseUrl: 'https://repo.example/?leak=1' } },
      'source.baseUrl',
    ],
    ['a negative range', { ...validRead, range: { start: -1 } }, 'range.start'],
    ['an extra field', { ...validRead, extra: true }, 'arguments'],
    ['no argument at all', undefined, 'arguments'],
  ])(
    'rejects %s as invalid-argument naming the field, without running the handler',
    async (_what, arg, field) => {
      const { dispatch, noHandlerRan } = setup();
      const result = await dispatch({ channel: 'repo:read', args: [arg] });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('invalid-argument');
      expect(result.error.message).toContain(`repo:read: ${field}`);
      expect(noHandlerRan()).toBe(true);
    },
  );

  it('passes a repository approval request to its handler', async () => {
    const { dispatch, handlers } = setup();
    const request = { baseUrl: 'https://sandbox.example.cn/gd/' };
    expect(await dispatch({ channel: 'repo:approve', args: [request] })).toEqual({
      ok: true,
      value: true,
    });
    expect(handlers['repo:approve']).toHaveBeenCalledWith(request, { ownerWindow: null });
  });

  it.each([
    ['a file: URL', { baseUrl: 'file:///etc/' }, 'baseUrl'],
    ['a URL with credentials', { baseUrl: 'https://u:p@repo.example/' }, 'baseUrl'],
    ['a URL with a fragment', { baseUrl: 'https://repo.example/#x' }, 'baseUrl'],
    ['a URL that is not a string', { baseUrl: 42 }, 'baseUrl'],
    ['an extra field', { baseUrl: 'https://repo.example/', silent: true }, 'arguments'],
    ['no argument at all', undefined, 'arguments'],
  ])(
    'rejects a repository approval with %s, naming the field, without asking anyone',
    async (_what, arg, field) => {
      const { dispatch, noHandlerRan } = setup();
      const result = await dispatch({ channel: 'repo:approve', args: [arg] });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
      if (!result.ok) expect(result.error.message).toContain(`repo:approve: ${field}`);
      expect(noHandlerRan()).toBe(true);
    },
  );

  it('rejects an argument for a channel that takes none', async () => {
    const { dispatch, noHandlerRan } = setup();
    const result = await dispatch({ channel: 'app:info', args: [{ sneaky: true }] });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(noHandlerRan()).toBe(true);
  });

  it('rejects extra arguments', async () => {
    const { dispatch, noHandlerRan } = setup();
    const result = await dispatch({ channel: 'folder:forget', args: [{ grantId: 'a' }, 'more'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(noHandlerRan()).toBe(true);
  });

  it('rejects an unknown channel, including inherited property names', async () => {
    const { dispatch, noHandlerRan } = setup();
    for (const channel of ['shell:open', 'constructor', '__proto__']) {
      const result = await dispatch({ channel, args: [] });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
      if (!result.ok) expect(result.error.message).toContain('unknown channel');
    }
    expect(noHandlerRan()).toBe(true);
  });

  it.each([
    ['a subframe', { url: `${APP_ORIGIN}/index.html`, isMainFrame: false }],
    ['an external page', { url: 'https://example.com/', isMainFrame: true }],
    ['a frame that is gone', null],
  ])('answers forbidden to %s, before even looking at the arguments', async (_what, sender) => {
    const { dispatch, noHandlerRan } = setup();
    const result = await dispatch({ channel: 'repo:read', sender, args: [validRead] });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(noHandlerRan()).toBe(true);
  });

  it('passes a HostCallError through with its code', async () => {
    const { dispatch, handlers } = setup();
    handlers['repo:read'].mockRejectedValueOnce(
      new HostCallError({ code: 'not-found', message: 'gone' }),
    );
    expect(await dispatch({ channel: 'repo:read', args: [validRead] })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'gone' },
    });
  });

  it('turns an unexpected exception into internal, with a short message and no stack', async () => {
    const { dispatch, handlers, onUnexpectedError } = setup();
    const error = new TypeError(`boom\n    at secret (/home/user/app/main.cjs:1:1)`);
    handlers['folder:forget'].mockRejectedValueOnce(error);
    const result = await dispatch({ channel: 'folder:forget', args: [{ grantId: 'abc' }] });
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'folder:forget failed: boom' },
    });
    expect(onUnexpectedError).toHaveBeenCalledWith('folder:forget', error);
  });

  it('catches synchronous throws too', async () => {
    const { dispatch, handlers } = setup();
    handlers['app:info'].mockImplementationOnce(() => {
      throw new Error('x'.repeat(1000));
    });
    const result = await dispatch({ channel: 'app:info', args: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message.length).toBeLessThan(400);
  });
});
