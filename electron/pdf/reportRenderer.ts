/**
 * Renders report HTML to PDF in a hidden window of its own: an in-memory session, no
 * preload, JavaScript off, and the document served once from memory under a strict CSP.
 */
import { BrowserWindow, session } from 'electron';
import type { Session } from 'electron';
import { randomUUID } from 'node:crypto';
import { HostCallError } from '../../shared/result';
import { APP_SCHEME } from '../appOrigin';
import { installSessionGuards } from '../security';
import { REPORT_CONTENT_SECURITY_POLICY, pdfPrintOptions } from './pdfOptions';

/** No `persist:` prefix: nothing of a report touches the disk cache. */
const REPORT_PARTITION = 'report-export';
const REPORT_HOST = 'report';
const RENDER_TIMEOUT_MS = 120_000;

const pendingDocuments = new Map<string, string>();
let reportSession: Session | null = null;

function documentToken(url: string): string | null {
  try {
    const parsed = new URL(url);
    const match = /^\/([0-9a-f-]{36})\.html$/.exec(parsed.pathname);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === REPORT_HOST && match?.[1]
      ? match[1]
      : null;
  } catch {
    return null;
  }
}

function serveReport(request: Request): Response {
  const token = documentToken(request.url);
  const html = token === null ? undefined : pendingDocuments.get(token);
  if (html === undefined) return new Response('Not found', { status: 404 });
  return new Response(html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': REPORT_CONTENT_SECURITY_POLICY,
    },
  });
}

function sessionForReports(): Session {
  if (reportSession) return reportSession;
  const created = session.fromPartition(REPORT_PARTITION, { cache: false });
  installSessionGuards(created);
  created.protocol.handle(APP_SCHEME, serveReport);
  // Belt and braces beside the CSP: the only request this session makes is for the document.
  created.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: documentToken(details.url) === null && !details.url.startsWith('data:') }),
  );
  reportSession = created;
  return created;
}

function withTimeout<T>(work: Promise<T>, milliseconds: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new HostCallError({ code: 'internal', message: 'PDF rendering did not finish in time' }),
        ),
      milliseconds,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export async function renderPdf(html: string, landscape: boolean): Promise<Uint8Array> {
  const token = randomUUID();
  pendingDocuments.set(token, html);
  const reportWindow = new BrowserWindow({
    show: false,
    webPreferences: {
      session: sessionForReports(),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      spellcheck: false,
      devTools: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  try {
    return await withTimeout(
      (async () => {
        await reportWindow.loadURL(`${APP_SCHEME}://${REPORT_HOST}/${token}.html`);
        pendingDocuments.delete(token);
        // A copy with its own exactly sized buffer, for the IPC reply.
        return new Uint8Array(
          await reportWindow.webContents.printToPDF(pdfPrintOptions(landscape)),
        );
      })(),
      RENDER_TIMEOUT_MS,
    );
  } finally {
    pendingDocuments.delete(token);
    reportWindow.destroy();
  }
}
