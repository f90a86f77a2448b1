/**
 * The encrypted table file as a pull stream of range reads, hashed and counted as it passes, so
 * the SHA-256 and size are known the moment the last byte has been read.
 */
import { createSha256 } from '../crypto/sha256';
import type { AbortSignalLike } from './abort';
import { throwIfAborted } from './abort';
import type { RefusalPlace } from './refusal';
import { PackageRefusal, errorMessage, isPackageRefusal } from './refusal';
import type { RepositoryReader } from './repositoryReader';
import { readChunk } from './repositoryReader';
import type { ByteStream } from './webStreams';
import { pullStream } from './webStreams';

export interface HashingRangeSourceOptions {
  reader: RepositoryReader;
  path: string;
  size: number;
  expectedSha256: string;
  place: RefusalPlace;
  chunkBytes: number;
  signal?: AbortSignalLike;
  onBytes?: (bytesRead: number) => void;
}

export class HashingRangeSource {
  private offset = 0;
  private readonly hasher = createSha256();
  private digest: string | null = null;
  // Reads are chained so that the stream's pull and a later drain never interleave.
  private queue: Promise<unknown> = Promise.resolve();
  private failure: unknown = null;

  constructor(private readonly options: HashingRangeSourceOptions) {}

  get bytesRead(): number {
    return this.offset;
  }

  /** The next chunk of the file, or null once all of it has been read. */
  next(): Promise<Uint8Array | null> {
    const result = this.queue.then(() => this.readNext());
    this.queue = result.catch(() => undefined);
    return result;
  }

  stream(): ByteStream {
    return pullStream({
      pull: async (controller) => {
        const bytes = await this.next();
        try {
          if (bytes === null) controller.close();
          else {
            controller.enqueue(bytes);
            // Close with the last bytes rather than on one more pull: age holds back the final
            // chunk until its input ends, and a consumer waiting on that chunk never pulls again.
            if (this.offset >= this.options.size) controller.close();
          }
        } catch {
          // The consumer cancelled while this read was in flight; its bytes are hashed all the same.
        }
      },
      cancel: () => undefined,
    });
  }

  /** Reads (and hashes) whatever the stream did not. */
  async drain(): Promise<void> {
    while ((await this.next()) !== null) {
      // Only the hash and the byte count matter here.
    }
  }

  /** Lowercase hex SHA-256 of the whole file; only once it has all been read. */
  sha256(): string {
    if (this.offset !== this.options.size) throw new Error('the file has not been read to its end');
    this.digest ??= this.hasher.digestHex();
    return this.digest;
  }

  /** Refuses with `table-hash` unless the bytes read are exactly the ones the manifest signed. */
  assertIntact(): string {
    const { expectedSha256, path, place } = this.options;
    const actual = this.sha256();
    if (actual !== expectedSha256) {
      throw new PackageRefusal(
        'table-hash',
        place,
        `${path} has SHA-256 ${actual}, the manifest says ${expectedSha256}`,
      );
    }
    return actual;
  }

  /**
   * What to report for a failure in the layers above (age, gzip): the age and gzip errors of a
   * damaged file say little, so the rest of the file is read and its SHA-256 decides between
   * "damaged" (`table-hash`) and "well-signed but undecodable" (`format`) — or, for a
   * `not-a-recipient` refusal, between "damaged" and "really not encrypted to us".
   */
  async explain(error: unknown): Promise<unknown> {
    if (this.failure !== null) return this.failure;
    // A stanza damaged in transit reads as "not a recipient": the hash says whether it was.
    const notARecipient = isPackageRefusal(error) && error.reason === 'not-a-recipient';
    if ((isPackageRefusal(error) && !notARecipient) || this.options.signal?.aborted) return error;
    try {
      await this.drain();
      this.assertIntact();
    } catch (refusal) {
      if (isPackageRefusal(refusal) && refusal.reason === 'table-hash') {
        return new PackageRefusal(
          'table-hash',
          this.options.place,
          `${refusal.detail} (decryption failed: ${errorMessage(error)})`,
        );
      }
      return refusal;
    }
    if (notARecipient) return error;
    return new PackageRefusal(
      'format',
      this.options.place,
      `cannot decrypt or decompress ${this.options.path}: ${errorMessage(error)}`,
    );
  }

  private async readNext(): Promise<Uint8Array | null> {
    const { reader, path, size, place, chunkBytes, signal, onBytes } = this.options;
    if (this.offset >= size) return null;
    try {
      throwIfAborted(signal);
      const chunk = await readChunk(
        reader,
        path,
        this.offset,
        Math.min(size, this.offset + chunkBytes),
        place,
      );
      if (chunk.totalSize !== null && chunk.totalSize !== size) {
        throw new PackageRefusal(
          'table-size',
          place,
          `${path} changed size while being read (${size}, then ${chunk.totalSize} bytes)`,
        );
      }
      this.hasher.update(chunk.bytes);
      this.offset += chunk.bytes.length;
      onBytes?.(this.offset);
      return chunk.bytes;
    } catch (error) {
      this.failure ??= error;
      throw error;
    }
  }
}
