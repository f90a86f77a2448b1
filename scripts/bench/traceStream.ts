/**
 * Reading a Chrome trace that `Tracing.end` streamed to an IO handle: one event a line, parsed as
 * it arrives so a long trace never sits in memory whole. Shared by the benches' trace readers.
 */
import type { CDPSession } from '@playwright/test';

/** The fields of a trace event the benches read. */
export interface TraceEvent {
  name?: string;
  ph?: string;
  pid?: number;
  tid?: number;
  ts?: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; usedHeapSizeAfter?: number };
}

/** Reads the trace stream line by line (Chrome writes one event a line), never all of it at once. */
export async function readLines(
  cdp: CDPSession,
  handle: string,
  onLine: (line: string) => void,
): Promise<void> {
  let pending = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle, size: 1 << 20 });
    pending += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) onLine(line);
    if (chunk.eof) break;
  }
  if (pending.length > 0) onLine(pending);
  await cdp.send('IO.close', { handle });
}

/** One line of the stream as an event, or null for the wrapper and anything unparsable. */
export function parseEventLine(line: string): TraceEvent | null {
  const text = line.trim().replace(/,$/, '');
  if (!text.startsWith('{"')) return null;
  try {
    return JSON.parse(text.startsWith('{"traceEvents"') ? '{}' : text) as TraceEvent;
  } catch {
    return null;
  }
}
