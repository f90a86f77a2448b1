/**
 * The page's half of the import worker's reads: requests arrive on a MessagePort, the host reads
 * the range (Electron main, the browser host's fetch or folder handle, the bundled demo), and the
 * bytes go back as a transferred ArrayBuffer, never copied twice.
 */
import type { HostApi, RepositorySource } from '../../shared/host/hostApi';
import type { HostError } from '../../shared/result';
import { HostCallError } from '../../shared/result';
import type { ReadReply, ReadRequest } from '../import/protocol';

type RepositoryHost = Pick<HostApi, 'statRepositoryFile' | 'readRepositoryFile'>;

function hostErrorOf(error: unknown): HostError {
  if (error instanceof HostCallError) return { code: error.code, message: error.message };
  return { code: 'io', message: error instanceof Error ? error.message : String(error) };
}

/** The bytes as a standalone ArrayBuffer that can be transferred. */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return (whole ? bytes.buffer : bytes.slice().buffer) as ArrayBuffer;
}

async function answer(
  host: RepositoryHost,
  source: RepositorySource,
  request: ReadRequest,
): Promise<ReadReply> {
  try {
    if (request.type === 'stat') {
      const { size } = await host.statRepositoryFile(source, request.path);
      return { type: 'stat', id: request.id, ok: true, size };
    }
    const chunk = await host.readRepositoryFile({
      source,
      path: request.path,
      ...(request.range ? { range: request.range } : {}),
    });
    return {
      type: 'read',
      id: request.id,
      ok: true,
      bytes: ownBuffer(chunk.bytes),
      totalSize: chunk.totalSize,
    };
  } catch (error) {
    return { type: request.type, id: request.id, ok: false, error: hostErrorOf(error) };
  }
}

/** Answers the worker's reads on `port` until it is closed; returns the function that closes it. */
export function serveRepositoryReads(
  port: MessagePort,
  source: RepositorySource,
  host: RepositoryHost,
): () => void {
  port.onmessage = (event: MessageEvent<ReadRequest>) => {
    void answer(host, source, event.data).then((reply) => {
      if (reply.type === 'read' && reply.ok) port.postMessage(reply, [reply.bytes]);
      else port.postMessage(reply);
    });
  };
  port.start();
  return () => {
    port.onmessage = null;
    port.close();
  };
}
