/**
 * One table file → `<table>.ndjson.gz.age`, streaming (a 2 GB table in bounded memory): the
 * bytes are checked row by row as they pass, gzip-compressed, age-encrypted, hashed, written.
 * The published plaintext is the input's bytes unchanged.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { Encrypter } from 'age-encryption';
import type { NdjsonFileCheck } from './ndjsonFileCheck';

export interface EncryptedTable {
  rows: number;
  bytes: number;
  sha256: string;
}

function checkingPassThrough(check: NdjsonFileCheck, onRows: (rows: number) => void): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      try {
        check.push(chunk);
        callback(null, chunk);
      } catch (error) {
        callback(error as Error);
      }
    },
    flush(callback) {
      try {
        onRows(check.finish());
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
  });
}

async function writeHashed(
  stream: AsyncIterable<Uint8Array>,
  output: string,
): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  const file = await open(output, 'wx', 0o644);
  try {
    for await (const chunk of stream) {
      hash.update(chunk);
      bytes += chunk.length;
      await file.write(chunk);
    }
  } finally {
    await file.close();
  }
  return { bytes, sha256: hash.digest('hex') };
}

export async function encryptTableFile(
  input: string,
  output: string,
  recipients: readonly string[],
  check: NdjsonFileCheck,
): Promise<EncryptedTable> {
  const encrypter = new Encrypter();
  for (const recipient of recipients) encrypter.addRecipient(recipient);
  const gzip = createGzip({ level: 6 });
  const encrypted = await encrypter.encrypt(Readable.toWeb(gzip) as ReadableStream<Uint8Array>);
  let rows = 0;
  // Both started in the same tick, so neither can fail before its handler is attached.
  const compressing = pipeline(
    createReadStream(input),
    checkingPassThrough(check, (count) => (rows = count)),
    gzip,
  );
  const writing = writeHashed(encrypted, output);
  // The check's error (with file and line) explains a failure better than the broken stream it causes.
  const [compressed, written] = await Promise.allSettled([compressing, writing]);
  if (compressed.status === 'rejected') throw compressed.reason;
  if (written.status === 'rejected') throw written.reason;
  return { rows, ...written.value };
}
