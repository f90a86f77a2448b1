/**
 * Charts as self-contained SVG (data: URLs), so they print, export to DOCX (rasterised there)
 * and survive in the saved document without any chart library at hand.
 */
import { bytesToBase64 } from '../crypto/encoding';

const FONT = "'Noto Sans CJK SC','Noto Serif CJK SC','Microsoft YaHei','PingFang SC',sans-serif";
const COLORS = ['#1f5fa8', '#c0392b', '#2e8b57', '#b9770e', '#7d3c98', '#17707a', '#6b6b6b'];

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** UTF-8 bytes of a string (shared/ compiles without the DOM's TextEncoder). */
function utf8(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000)
      bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    else
      bytes.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 63),
        0x80 | ((code >> 6) & 63),
        0x80 | (code & 63),
      );
  }
  return Uint8Array.from(bytes);
}

export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;base64,${bytesToBase64(utf8(svg))}`;
}

function frame(width: number, height: number, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}"><rect width="${width}" height="${height}" fill="#ffffff"/>${body}</svg>`;
}

export interface GraphEdge {
  from: string;
  to: string;
  kind: number;
}

/** Accounts on a circle, each tie a curve coloured by kind (parallel ties bend apart), with a legend. */
export function graphSnapshotSvg(
  nodes: readonly string[],
  edges: readonly GraphEdge[],
  legend: readonly string[],
): string {
  const width = 640;
  const height = 420;
  const cx = 250;
  const cy = 215;
  const r = nodes.length <= 1 ? 0 : Math.min(165, 70 + nodes.length * 12);
  const at = new Map(
    nodes.map((node, i) => {
      const angle = (2 * Math.PI * i) / Math.max(1, nodes.length) - Math.PI / 2;
      return [node, { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle), angle }] as const;
    }),
  );
  const byPair = new Map<string, GraphEdge[]>();
  for (const edge of edges) {
    if (!at.has(edge.from) || !at.has(edge.to) || edge.from === edge.to) continue;
    const pair = [edge.from, edge.to].sort().join('|');
    byPair.set(pair, [...(byPair.get(pair) ?? []), edge]);
  }
  let lines = '';
  for (const [pair, list] of byPair) {
    const [a, b] = pair.split('|').map((id) => at.get(id)!);
    const dx = b!.x - a!.x;
    const dy = b!.y - a!.y;
    const length = Math.hypot(dx, dy) || 1;
    list.forEach((edge, k) => {
      const bend = (k - (list.length - 1) / 2) * 22;
      const mx = (a!.x + b!.x) / 2 + (-dy / length) * bend;
      const my = (a!.y + b!.y) / 2 + (dx / length) * bend;
      lines += `<path d="M${a!.x.toFixed(1)},${a!.y.toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${b!.x.toFixed(1)},${b!.y.toFixed(1)}" fill="none" stroke="${COLORS[edge.kind % COLORS.length]}" stroke-width="2" stroke-opacity="0.85"/>`;
    });
  }
  const dots = nodes
    .map((node) => {
      const { x, y, angle } = at.get(node) ?? { x: cx, y: cy, angle: -Math.PI / 2 };
      const lx = x + Math.cos(angle) * 24;
      const ly = y + Math.sin(angle) * 24 + 4;
      const anchor =
        Math.abs(Math.cos(angle)) < 0.3 ? 'middle' : Math.cos(angle) > 0 ? 'start' : 'end';
      return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="9" fill="#ffffff" stroke="#222" stroke-width="2"/><text x="${lx.toFixed(1)}" y="${ly.toFixed(1)}" font-size="13" text-anchor="${anchor}" fill="#111">${escapeXml(node)}</text>`;
    })
    .join('');
  const key = legend
    .map(
      (label, i) =>
        `<line x1="490" y1="${40 + i * 22}" x2="515" y2="${40 + i * 22}" stroke="${COLORS[i % COLORS.length]}" stroke-width="3"/><text x="522" y="${44 + i * 22}" font-size="12" fill="#111">${escapeXml(label)}</text>`,
    )
    .join('');
  return frame(width, height, lines + dots + key);
}

export interface PricePoint {
  date: string;
  close: number;
  /** The case accounts' net bought shares that day (negative: sold). */
  net: number;
}

/** Daily closes as a line over the case accounts' daily net volume as bars; the window shaded. */
export function priceChartSvg(
  title: string,
  points: readonly PricePoint[],
  window: { from: string; to: string },
  labels: { close: string; net: string },
): string {
  const width = 640;
  const height = 300;
  const left = 56;
  const right = 16;
  const top = 36;
  const bottom = 40;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  if (points.length === 0)
    return frame(width, 60, `<text x="10" y="30" font-size="13">${escapeXml(title)}</text>`);
  const closes = points.map((p) => p.close);
  const lo = Math.min(...closes);
  const hi = Math.max(...closes);
  const span = hi - lo || 1;
  const maxNet = Math.max(1, ...points.map((p) => Math.abs(p.net)));
  const step = plotW / points.length;
  const x = (i: number) => left + step * (i + 0.5);
  const y = (v: number) => top + plotH - ((v - lo) / span) * plotH * 0.8 - plotH * 0.1;
  const mid = top + plotH / 2;
  const inWindow = points
    .map((p, i) => (p.date >= window.from && p.date <= window.to ? i : -1))
    .filter((i) => i >= 0);
  const shade =
    inWindow.length > 0
      ? `<rect x="${(left + step * inWindow[0]!).toFixed(1)}" y="${top}" width="${(step * inWindow.length).toFixed(1)}" height="${plotH}" fill="#f5e6c8"/>`
      : '';
  const bars = points
    .map((p, i) => {
      if (p.net === 0) return '';
      const h = (Math.abs(p.net) / maxNet) * (plotH / 2 - 4);
      const y0 = p.net > 0 ? mid - h : mid;
      return `<rect x="${(x(i) - step * 0.35).toFixed(1)}" y="${y0.toFixed(1)}" width="${(step * 0.7).toFixed(1)}" height="${h.toFixed(1)}" fill="${p.net > 0 ? '#c0392b' : '#2e8b57'}" fill-opacity="0.55"/>`;
    })
    .join('');
  const path = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.close).toFixed(1)}`)
    .join('');
  const axis = `<line x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}" stroke="#888"/><line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotH}" stroke="#888"/>`;
  const ticks = [lo, (lo + hi) / 2, hi]
    .map(
      (v) =>
        `<text x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" font-size="11" text-anchor="end" fill="#333">${v.toFixed(2)}</text>`,
    )
    .join('');
  const dates = [0, Math.floor((points.length - 1) / 2), points.length - 1]
    .map(
      (i) =>
        `<text x="${x(i).toFixed(1)}" y="${top + plotH + 18}" font-size="11" text-anchor="middle" fill="#333">${points[i]!.date}</text>`,
    )
    .join('');
  const head = `<text x="${left}" y="20" font-size="14" font-weight="bold" fill="#111">${escapeXml(title)}</text><text x="${width - right}" y="20" font-size="11" text-anchor="end" fill="#333"><tspan fill="#1f5fa8">— ${escapeXml(labels.close)}</tspan>  <tspan fill="#c0392b">▮ ${escapeXml(labels.net)}</tspan></text>`;
  return frame(
    width,
    height,
    head +
      shade +
      axis +
      bars +
      `<path d="${path}" fill="none" stroke="#1f5fa8" stroke-width="2"/>` +
      ticks +
      dates,
  );
}

/** A grid of counts (rows × columns), darker for more. */
export function heatmapSvg(
  rows: readonly string[],
  columns: readonly string[],
  values: readonly (readonly number[])[],
): string {
  const cellW = 44;
  const cellH = 24;
  const left = 120;
  const top = 110;
  // Room on the right for the last column's slanted label.
  const width = left + cellW * columns.length + 90;
  const height = top + cellH * rows.length + 10;
  const max = Math.max(1, ...values.flat());
  const head = columns
    .map(
      (label, j) =>
        `<text transform="translate(${left + cellW * j + cellW / 2},${top - 6}) rotate(-50)" font-size="11" fill="#111">${escapeXml(label)}</text>`,
    )
    .join('');
  const cells = rows
    .map((label, i) => {
      const row = values[i] ?? [];
      const cellsOfRow = columns
        .map((_, j) => {
          const v = row[j] ?? 0;
          const shade =
            v === 0 ? '#f4f6f8' : `rgba(192,57,43,${(0.2 + (0.8 * v) / max).toFixed(2)})`;
          return `<rect x="${left + cellW * j}" y="${top + cellH * i}" width="${cellW - 2}" height="${cellH - 2}" fill="${shade}"/>${v > 0 ? `<text x="${left + cellW * j + cellW / 2 - 1}" y="${top + cellH * i + 16}" font-size="11" text-anchor="middle" fill="#111">${v}</text>` : ''}`;
        })
        .join('');
      return `<text x="${left - 8}" y="${top + cellH * i + 16}" font-size="12" text-anchor="end" fill="#111">${escapeXml(label)}</text>${cellsOfRow}`;
    })
    .join('');
  return frame(width, height, head + cells);
}

/** Lines of counts per period bucket, one per series. */
export function trendSvg(
  buckets: readonly string[],
  series: readonly { label: string; values: number[] }[],
): string {
  const width = 640;
  const height = 280;
  const left = 40;
  const top = 20;
  const plotW = 420;
  const plotH = 210;
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const x = (i: number) =>
    left + (buckets.length <= 1 ? plotW / 2 : (plotW * i) / (buckets.length - 1));
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const lines = series
    .map((s, k) => {
      const d = s.values
        .map((v, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(v).toFixed(1)}`)
        .join('');
      return `<path d="${d}" fill="none" stroke="${COLORS[k % COLORS.length]}" stroke-width="2"/><text x="${left + plotW + 16}" y="${top + 14 + k * 18}" font-size="11" fill="${COLORS[k % COLORS.length]}">${escapeXml(s.label)}</text>`;
    })
    .join('');
  const axis = `<line x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}" stroke="#888"/><text x="${left - 6}" y="${top + 8}" font-size="11" text-anchor="end">${max}</text><text x="${left - 6}" y="${top + plotH}" font-size="11" text-anchor="end">0</text>`;
  const labels = buckets
    .map((b, i) =>
      i % Math.ceil(buckets.length / 6) === 0
        ? `<text x="${x(i).toFixed(1)}" y="${top + plotH + 16}" font-size="10" text-anchor="middle">${escapeXml(b)}</text>`
        : '',
    )
    .join('');
  return frame(width, height, axis + lines + labels);
}
