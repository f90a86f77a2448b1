/**
 * The page's one way to reach its host: the Electron preload bridge when present,
 * otherwise the browser host that implements the same HostApi inside the page.
 */
import type { HostApi } from '../../shared/host/hostApi';
import { createBrowserHost } from './browserHost';

declare global {
  interface Window {
    examinerHost?: HostApi;
  }
}

export const host: HostApi = window.examinerHost ?? createBrowserHost();
