import type { DocNode } from '../../../shared/reports/documentModel';

export interface RasterImage {
  data: Uint8Array;
  width: number;
  height: number;
}

const MAX_WIDTH = 600;

/** Turns each image of the document into PNG bytes (Word takes SVG only with a PNG beside it). */
export async function rasterizeImages(doc: DocNode): Promise<Map<string, RasterImage>> {
  const sources = new Set<string>();
  const walk = (node: DocNode) => {
    if (node.type === 'image' && typeof node.attrs?.src === 'string') sources.add(node.attrs.src);
    node.content?.forEach(walk);
  };
  walk(doc);
  const images = new Map<string, RasterImage>();
  for (const src of sources) {
    if (!src.startsWith('data:image/')) continue;
    const image = new Image();
    image.src = src;
    await image.decode();
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * scale;
    canvas.height = image.naturalHeight * scale;
    const context = canvas.getContext('2d');
    if (!context) continue;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) continue;
    const width = Math.min(MAX_WIDTH, image.naturalWidth);
    images.set(src, {
      data: new Uint8Array(await blob.arrayBuffer()),
      width,
      height: Math.round((image.naturalHeight * width) / image.naturalWidth),
    });
  }
  return images;
}
