/** Exports of what is on screen: a PNG of the drawing, and the node and edge lists as CSV. */
import type { Core } from 'cytoscape';
import { host } from '../host';

const encoder = new TextEncoder();

export async function saveCsv(name: string, csv: string) {
  // A byte-order mark, so spreadsheet programs read the Chinese text as UTF-8.
  return host.saveFile({
    suggestedName: name,
    mimeType: 'text/csv',
    data: encoder.encode(`\ufeff${csv}`),
  });
}

export async function savePng(core: Core, name: string, background: string) {
  const blob = await core.png({
    output: 'blob-promise',
    full: true,
    bg: background,
    scale: 2,
    maxWidth: 4000,
    maxHeight: 4000,
  });
  return host.saveFile({
    suggestedName: name,
    mimeType: 'image/png',
    data: new Uint8Array(await blob.arrayBuffer()),
  });
}
