/**
 * Files an import writes aside while it runs and drops when it ends: append-only, read back by
 * offset. The import worker keeps them in the origin private file system (spillStore in
 * renderer/import); Node and the tests keep them in memory.
 */
export interface SpillStore {
  append(name: string, bytes: Uint8Array): Promise<void>;
  size(name: string): Promise<number>;
  /** Up to `length` bytes from `offset` (fewer at the end of the file). */
  read(name: string, offset: number, length: number): Promise<Uint8Array>;
  /** Removes one file. */
  remove(name: string): Promise<void>;
  /** Removes every file. */
  dispose(): Promise<void>;
}

export class MemorySpillStore implements SpillStore {
  private readonly files = new Map<string, Uint8Array[]>();

  async append(name: string, bytes: Uint8Array): Promise<void> {
    const parts = this.files.get(name) ?? [];
    parts.push(bytes.slice());
    this.files.set(name, parts);
  }

  async size(name: string): Promise<number> {
    return (this.files.get(name) ?? []).reduce((sum, part) => sum + part.length, 0);
  }

  async read(name: string, offset: number, length: number): Promise<Uint8Array> {
    const whole = concat(this.files.get(name) ?? []);
    this.files.set(name, [whole]);
    return whole.slice(offset, offset + length);
  }

  async remove(name: string): Promise<void> {
    this.files.delete(name);
  }

  async dispose(): Promise<void> {
    this.files.clear();
  }

  /** Names of the files held (for tests). */
  names(): string[] {
    return [...this.files.keys()];
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const whole = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}
