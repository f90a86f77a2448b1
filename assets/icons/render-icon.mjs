// Draws the app icon — a dark-blue rounded square with a white magnifier over a shield — as
// icon.svg and a 512×512 icon.png, using only Node's built-in modules.
// Run: node assets/icons/render-icon.mjs
import { writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

const SIZE = 512;
const TILE = { x: 32, y: 32, size: 448, radius: 100 };
const TOP_COLOR = [0x1f, 0x4e, 0x8c];
const BOTTOM_COLOR = [0x0c, 0x22, 0x47];
const LENS = { cx: 226, cy: 218, radius: 112, stroke: 36 };
// The handle starts on the ring's centre line with a flat end the ring hides; its far end is round.
const HANDLE = { x1: 305, y1: 297, x2: 392, y2: 384, width: 50 };

/** The shield as cubic path commands, shared by the SVG and the rasteriser. */
const SHIELD_START = [226, 148];
const SHIELD_SEGMENTS = [
  ['L', 282, 170],
  ['L', 282, 218],
  ['C', 282, 252, 260, 278, 226, 294],
  ['C', 192, 278, 170, 252, 170, 218],
  ['L', 170, 170],
];

function shieldPolygon() {
  const points = [SHIELD_START];
  let [x, y] = SHIELD_START;
  for (const [kind, ...values] of SHIELD_SEGMENTS) {
    if (kind === 'L') {
      [x, y] = values;
      points.push([x, y]);
      continue;
    }
    const [c1x, c1y, c2x, c2y, ex, ey] = values;
    for (let step = 1; step <= 24; step += 1) {
      const t = step / 24;
      const u = 1 - t;
      points.push([
        u * u * u * x + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t * t * t * ex,
        u * u * u * y + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t * t * t * ey,
      ]);
    }
    [x, y] = [ex, ey];
  }
  return points;
}

const SHIELD = shieldPolygon();

function insidePolygon(px, py, polygon) {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i, i += 1) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function insideTile(px, py) {
  const { x, y, size, radius } = TILE;
  const dx = Math.max(x + radius - px, 0, px - (x + size - radius));
  const dy = Math.max(y + radius - py, 0, py - (y + size - radius));
  return (
    px >= x && px <= x + size && py >= y && py <= y + size && dx * dx + dy * dy <= radius * radius
  );
}

function insideGlyph(px, py) {
  const distance = Math.hypot(px - LENS.cx, py - LENS.cy);
  if (Math.abs(distance - LENS.radius) <= LENS.stroke / 2) return true;
  const { x1, y1, x2, y2, width } = HANDLE;
  const along = ((px - x1) * (x2 - x1) + (py - y1) * (y2 - y1)) / ((x2 - x1) ** 2 + (y2 - y1) ** 2);
  const t = Math.min(1, along);
  if (along >= 0 && Math.hypot(px - (x1 + t * (x2 - x1)), py - (y1 + t * (y2 - y1))) <= width / 2)
    return true;
  return insidePolygon(px, py, SHIELD);
}

function renderPixels() {
  const samples = 4;
  const rows = [];
  for (let row = 0; row < SIZE; row += 1) {
    const line = Buffer.alloc(1 + SIZE * 4); // leading 0: PNG filter "none"
    const mix = row / (SIZE - 1);
    const background = TOP_COLOR.map((top, channel) => top + (BOTTOM_COLOR[channel] - top) * mix);
    for (let column = 0; column < SIZE; column += 1) {
      let tile = 0;
      let glyph = 0;
      for (let sy = 0; sy < samples; sy += 1)
        for (let sx = 0; sx < samples; sx += 1) {
          const px = column + (sx + 0.5) / samples;
          const py = row + (sy + 0.5) / samples;
          if (!insideTile(px, py)) continue;
          tile += 1;
          if (insideGlyph(px, py)) glyph += 1;
        }
      const white = tile === 0 ? 0 : glyph / tile;
      const offset = 1 + column * 4;
      for (let channel = 0; channel < 3; channel += 1)
        line[offset + channel] = Math.round(
          background[channel] + (255 - background[channel]) * white,
        );
      line[offset + 3] = Math.round((255 * tile) / (samples * samples));
    }
    rows.push(line);
  }
  return Buffer.concat(rows);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, checksum]);
}

function encodePng(pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter set, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function svg() {
  const hex = (color) => `#${color.map((value) => value.toString(16).padStart(2, '0')).join('')}`;
  const shield = `M${SHIELD_START.join(' ')} ${SHIELD_SEGMENTS.map(([kind, ...values]) => `${kind}${values.join(' ')}`).join(' ')} Z`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}" width="${SIZE}" height="${SIZE}">
  <title>Examiner Workstation</title>
  <defs>
    <linearGradient id="tile" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${hex(TOP_COLOR)}"/>
      <stop offset="1" stop-color="${hex(BOTTOM_COLOR)}"/>
    </linearGradient>
  </defs>
  <rect x="${TILE.x}" y="${TILE.y}" width="${TILE.size}" height="${TILE.size}" rx="${TILE.radius}" fill="url(#tile)"/>
  <circle cx="${LENS.cx}" cy="${LENS.cy}" r="${LENS.radius}" fill="none" stroke="#fff" stroke-width="${LENS.stroke}"/>
  <line x1="${HANDLE.x1}" y1="${HANDLE.y1}" x2="${HANDLE.x2}" y2="${HANDLE.y2}" stroke="#fff" stroke-width="${HANDLE.width}"/>
  <circle cx="${HANDLE.x2}" cy="${HANDLE.y2}" r="${HANDLE.width / 2}" fill="#fff"/>
  <path d="${shield}" fill="#fff"/>
</svg>
`;
}

const folder = new URL('./', import.meta.url);
writeFileSync(new URL('icon.svg', folder), svg());
writeFileSync(new URL('icon.png', folder), encodePng(renderPixels()));
console.log('Wrote assets/icons/icon.svg and assets/icons/icon.png');
