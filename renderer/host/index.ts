/**
 * The page's one way to reach its host: the Electron preload bridge when present,
 * otherwise the browser host that implements the same HostApi inside the page.
 */
import type { HostApi } from '../../shared/host/hostApi';
import { HostCallError, type HostError } from '../../shared/result';
import { createBrowserHost } from './browserHost';

declare global {
  interface Window {
    examinerHost?: HostApi;
  }
}

function isHostFailure(value: unknown): value is HostError {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}

/** contextBridge drops Error subclasses, so the preload rejects with plain objects: rebuild them. */
function withHostErrors(bridge: HostApi): HostApi {
  const wrapped = {} as Record<string, unknown>;
  for (const [name, member] of Object.entries(bridge)) {
    if (typeof member !== 'function' || name === 'onCommand') {
      wrapped[name] = member;
      continue;
    }
    wrapped[name] = async (...args: unknown[]) => {
      try {
        return await (member as (...a: unknown[]) => Promise<unknown>)(...args);
      } catch (error) {
        if (isHostFailure(error) && !(error instanceof Error)) throw new HostCallError(error);
        throw error;
      }
    };
  }
  return wrapped as unknown as HostApi;
}

export const host: HostApi = window.examinerHost
  ? withHostErrors(window.examinerHost)
  : createBrowserHost();
