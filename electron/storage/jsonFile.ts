/**
 * Small JSON files in userData: validated on read (a hand-edited or corrupt file reads as
 * absent), written atomically (temp file + rename) so a crash never leaves half a file.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { z } from 'zod';

function parseWith<T>(text: string, schema: z.ZodType<T>): T | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function tempPathFor(file: string): string {
  return `${file}.${randomBytes(6).toString('hex')}.tmp`;
}

export async function readJsonFile<T>(file: string, schema: z.ZodType<T>): Promise<T | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return null;
  }
  return parseWith(text, schema);
}

export function readJsonFileSync<T>(file: string, schema: z.ZodType<T>): T | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  return parseWith(text, schema);
}

// Owner-only: these files name the user's folders and screen layout.
const FILE_MODE = 0o600;

export async function writeJsonFile(file: string, value: unknown): Promise<void> {
  const temp = tempPathFor(file);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(temp, `${JSON.stringify(value, null, 2)}\n`, { mode: FILE_MODE });
  await rename(temp, file);
}

export function writeJsonFileSync(file: string, value: unknown): void {
  const temp = tempPathFor(file);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(temp, `${JSON.stringify(value, null, 2)}\n`, { mode: FILE_MODE });
  renameSync(temp, file);
}
