import { beforeEach, describe, expect, it, vi } from 'vitest';

type Handler = (request: Request) => Response | Promise<Response>;
type Filter = (details: { url: string }, callback: (answer: { cancel: boolean }) => void) => void;

interface FakeWindow {
  options: { show: boolean; webPreferences: Record<string, unknown> };
  url?: string;
  destroyed: boolean;
  /** What the report session served for the window's URL while it loaded. */
  served?: { status: number; csp: string | null; body: string };
}

// The electron module as the renderer sees it: windows record their options and load through
// the report session's protocol handler, as Chromium would.
const fake = vi.hoisted(() => ({
  windows: [] as FakeWindow[],
  partitions: [] as { partition: string; options: unknown }[],
  handler: null as Handler | null,
  filter: null as Filter | null,
  failLoad: false,
}));

vi.mock('electron', () => {
  const reportSession = {
    protocol: {
      handle: (_scheme: string, handler: Handler) => {
        fake.handler = handler;
      },
    },
    webRequest: {
      onBeforeRequest: (filter: Filter) => {
        fake.filter = filter;
      },
    },
  };
  class BrowserWindow implements FakeWindow {
    url?: string;
    destroyed = false;
    served?: FakeWindow['served'];
    webContents = {
      printToPDF: async () => Buffer.from('%PDF-1.7 report'),
    };
    constructor(readonly options: FakeWindow['options']) {
      fake.windows.push(this);
    }
    async loadURL(url: string) {
      this.url = url;
      if (fake.failLoad) throw new Error('ERR_FAILED');
      const response = await fake.handler!(new Request(url));
      this.served = {
        status: response.status,
        csp: response.headers.get('Content-Security-Policy'),
        body: await response.text(),
      };
    }
    destroy() {
      this.destroyed = true;
    }
  }
  return {
    BrowserWindow,
    session: {
      fromPartition: (partition: string, options: unknown) => {
        fake.partitions.push({ partition, options });
        return reportSession;
      },
    },
  };
});

const guards = vi.hoisted(() => ({ installSessionGuards: vi.fn() }));
vi.mock('../security', () => guards);

const { renderPdf } = await import('./reportRenderer');
const { REPORT_CONTENT_SECURITY_POLICY } = await import('./pdfOptions');

function servedAfterwards(url: string): Promise<Response> {
  return Promise.resolve(fake.handler!(new Request(url)));
}

beforeEach(() => {
  fake.windows.length = 0;
  fake.failLoad = false;
});

describe('renderPdf', () => {
  it('renders in a hidden, sandboxed window with JavaScript off, no preload, and an in-memory session of its own', async () => {
    const pdf = await renderPdf('<h1>监管报告</h1>', false);
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7 report');
    const [window] = fake.windows;
    expect(window?.options.show).toBe(false);
    expect(window?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      devTools: false,
    });
    expect(window?.options.webPreferences).not.toHaveProperty('preload');
    // Not `persist:`: nothing of a report reaches the disk cache.
    expect(fake.partitions).toEqual([{ partition: 'report-export', options: { cache: false } }]);
    expect(guards.installSessionGuards).toHaveBeenCalledTimes(1);
    expect(window?.destroyed).toBe(true);
  });

  it('serves the report once, under the strict CSP, and nothing else', async () => {
    await renderPdf('<p>正文</p>', true);
    const [window] = fake.windows;
    expect(window?.served).toEqual({
      status: 200,
      csp: REPORT_CONTENT_SECURITY_POLICY,
      body: '<p>正文</p>',
    });
    expect(REPORT_CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    // Once printed, the document is gone; other names never existed.
    expect((await servedAfterwards(window!.url!)).status).toBe(404);
    expect((await servedAfterwards(window!.url!.replace(/[0-9a-f]/, 'x'))).status).toBe(404);
    expect((await servedAfterwards('app://workstation/index.html')).status).toBe(404);
  });

  it('cancels every request of the report session except its document and inline images', async () => {
    const answers: Record<string, boolean> = {};
    const ask = (url: string) =>
      fake.filter!({ url }, ({ cancel }) => {
        answers[url] = cancel;
      });
    await renderPdf('<p>x</p>', false);
    const documentUrl = fake.windows[0]!.url!;
    for (const url of [
      documentUrl,
      'data:image/png;base64,iVBORw0KGgo=',
      'https://example.com/beacon.png',
      'app://workstation/index.html',
      'file:///etc/passwd',
    ])
      ask(url);
    expect(answers).toEqual({
      [documentUrl]: false,
      'data:image/png;base64,iVBORw0KGgo=': false,
      'https://example.com/beacon.png': true,
      'app://workstation/index.html': true,
      'file:///etc/passwd': true,
    });
  });

  it('destroys the window and forgets the document when loading fails', async () => {
    fake.failLoad = true;
    await expect(renderPdf('<p>secret</p>', false)).rejects.toThrow('ERR_FAILED');
    const [window] = fake.windows;
    expect(window?.destroyed).toBe(true);
    expect((await servedAfterwards(window!.url!)).status).toBe(404);
  });
});
