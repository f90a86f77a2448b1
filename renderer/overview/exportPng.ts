/** Saves a PNG data URL through the host: a save dialog in Electron, a download in the browser host. */
import { host } from '../host';

export function pngBytes(dataUrl: string): Uint8Array {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function savePng(dataUrl: string, suggestedName: string): Promise<string | null> {
  const outcome = await host.saveFile({
    suggestedName: suggestedName.endsWith('.png') ? suggestedName : `${suggestedName}.png`,
    mimeType: 'image/png',
    data: pngBytes(dataUrl),
  });
  return outcome.saved ? (outcome.location ?? suggestedName) : null;
}
