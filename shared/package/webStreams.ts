/**
 * WHATWG streams, (De)CompressionStream, TextDecoder and TextEncoder exist in every runtime shared/ runs in
 * (browsers, workers, Node 20), but shared/ compiles without DOM or Node types: this module
 * describes the small part the package reader uses and takes the constructors from globalThis.
 */

export type ByteReadResult = { done: true; value?: undefined } | { done: false; value: Uint8Array };

export interface ByteStreamReader {
  read(): Promise<ByteReadResult>;
  cancel(reason?: unknown): Promise<void>;
  releaseLock(): void;
}

export interface ByteStream {
  getReader(): ByteStreamReader;
  pipeThrough(transform: ByteTransform): ByteStream;
  cancel(reason?: unknown): Promise<void>;
}

export interface ByteTransform {
  readonly writable: unknown;
  readonly readable: ByteStream;
}

export interface PullController {
  enqueue(chunk: Uint8Array): void;
  close(): void;
  error(reason: unknown): void;
}

export interface PullSource {
  pull(controller: PullController): Promise<void>;
  cancel(reason: unknown): void;
}

export interface StreamingTextDecoder {
  decode(bytes?: Uint8Array, options?: { stream: boolean }): string;
}

interface PlatformStreams {
  ReadableStream: new (source: PullSource, strategy: { highWaterMark: number }) => ByteStream;
  DecompressionStream: new (format: 'gzip') => ByteTransform;
  CompressionStream: new (format: 'gzip') => ByteTransform;
  TextDecoder: new (
    label: 'utf-8',
    options: { fatal: boolean; ignoreBOM: boolean },
  ) => StreamingTextDecoder;
  TextEncoder: new () => { encode(text: string): Uint8Array };
}

const platform = globalThis as unknown as PlatformStreams;

/** A stream that calls `source.pull` only when its reader wants more: memory stays bounded. */
export function pullStream(source: PullSource): ByteStream {
  return new platform.ReadableStream(source, { highWaterMark: 0 });
}

export function gunzipTransform(): ByteTransform {
  return new platform.DecompressionStream('gzip');
}

export function gzipTransform(): ByteTransform {
  return new platform.CompressionStream('gzip');
}

/** A UTF-8 decoder that throws on malformed bytes instead of inserting U+FFFD. */
export function strictUtf8Decoder(): StreamingTextDecoder {
  return new platform.TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
}

export function utf8Encode(text: string): Uint8Array {
  return new platform.TextEncoder().encode(text);
}

/** Reads a whole (small) stream into one array. */
export async function readStreamFully(stream: ByteStream): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    chunks.push(next.value);
    length += next.value.length;
  }
  const all = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}

/** A stream of one array. */
export function streamOf(bytes: Uint8Array): ByteStream {
  let sent = false;
  return pullStream({
    pull: async (controller) => {
      if (sent) controller.close();
      else controller.enqueue(bytes);
      sent = true;
    },
    cancel: () => undefined,
  });
}
