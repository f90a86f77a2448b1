/** The worker's RepositoryReader: each read is a request on the port, answered by the page. */
import type { ByteRange, RepositoryChunk, RepositoryFileInfo } from '../../shared/host/hostApi';
import type { RepositoryReader } from '../../shared/package/repositoryReader';
import { HostCallError } from '../../shared/result';
import type { ReadReply, ReadRequest } from './protocol';

/** The part of MessagePort both ends use; a test can pass a MessageChannel port from Node. */
export interface ReplyPort {
  postMessage(message: ReadRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ReadReply>) => void): void;
  start(): void;
}

interface Pending {
  resolve: (reply: ReadReply) => void;
}

export class PortRepositoryReader implements RepositoryReader {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly port: ReplyPort) {
    port.addEventListener('message', (event) => {
      const waiting = this.pending.get(event.data.id);
      this.pending.delete(event.data.id);
      waiting?.resolve(event.data);
    });
    port.start();
  }

  async stat(path: string): Promise<RepositoryFileInfo> {
    const reply = await this.ask({ type: 'stat', id: this.nextId++, path });
    if (!reply.ok) throw new HostCallError(reply.error);
    if (reply.type !== 'stat') throw new Error(`expected a stat reply for ${path}`);
    return { size: reply.size };
  }

  async read(path: string, range?: ByteRange): Promise<RepositoryChunk> {
    const reply = await this.ask({
      type: 'read',
      id: this.nextId++,
      path,
      ...(range ? { range } : {}),
    });
    if (!reply.ok) throw new HostCallError(reply.error);
    if (reply.type !== 'read') throw new Error(`expected a read reply for ${path}`);
    return { bytes: new Uint8Array(reply.bytes), totalSize: reply.totalSize };
  }

  private ask(request: ReadRequest): Promise<ReadReply> {
    return new Promise((resolve) => {
      this.pending.set(request.id, { resolve });
      this.port.postMessage(request);
    });
  }
}
