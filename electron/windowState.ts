/**
 * The main window's remembered bounds: validated when read back, and fitted onto a
 * display that still exists, so a window never reopens off-screen or larger than the screen.
 */
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1440, height: 900 };
export const MIN_WINDOW_SIZE = { width: 800, height: 560 };
/** A window counts as visible on a display when at least this much of it shows there. */
const MIN_VISIBLE_PIXELS = 120 * 80;

const coordinate = z.number().int().min(-100_000).max(100_000);
const extent = z.number().int().min(1).max(100_000);

export const storedWindowStateSchema = z
  .object({
    version: z.literal(1),
    bounds: z.object({ x: coordinate, y: coordinate, width: extent, height: extent }).strict(),
    maximized: z.boolean(),
  })
  .strict();

export type StoredWindowState = z.infer<typeof storedWindowStateSchema>;

export function toStoredWindowState(state: WindowState): StoredWindowState {
  const { x, y, width, height } = state.bounds;
  return {
    version: 1,
    bounds: {
      x: Math.round(x),
      y: Math.round(y),
      width: Math.round(width),
      height: Math.round(height),
    },
    maximized: state.maximized,
  };
}

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

const clamp = (value: number, low: number, high: number): number =>
  Math.min(Math.max(value, low), Math.max(low, high));

function centeredIn(area: Rect, width: number, height: number): Rect {
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
  };
}

/** Shrinks the window to the work area if needed and moves it fully inside. */
function fitInto(area: Rect, bounds: Rect): Rect {
  const width = Math.min(Math.max(bounds.width, MIN_WINDOW_SIZE.width), area.width);
  const height = Math.min(Math.max(bounds.height, MIN_WINDOW_SIZE.height), area.height);
  return {
    x: clamp(bounds.x, area.x, area.x + area.width - width),
    y: clamp(bounds.y, area.y, area.y + area.height - height),
    width,
    height,
  };
}

/**
 * Places the window on the display it mostly overlaps; when it overlaps none (the display
 * was unplugged) or nothing was saved, centres it on the primary display.
 */
export function fitToDisplays(
  saved: WindowState | null,
  workAreas: readonly Rect[],
  primary: Rect,
): WindowState {
  if (!saved) {
    const width = Math.min(DEFAULT_WINDOW_SIZE.width, primary.width);
    const height = Math.min(DEFAULT_WINDOW_SIZE.height, primary.height);
    return { bounds: centeredIn(primary, width, height), maximized: false };
  }
  let best: Rect | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const overlap = overlapArea(area, saved.bounds);
    if (overlap > bestArea) {
      best = area;
      bestArea = overlap;
    }
  }
  const visible =
    best !== null &&
    bestArea >= Math.min(MIN_VISIBLE_PIXELS, saved.bounds.width * saved.bounds.height);
  const bounds =
    visible && best
      ? fitInto(best, saved.bounds)
      : fitInto(primary, centeredIn(primary, saved.bounds.width, saved.bounds.height));
  return { bounds, maximized: saved.maximized };
}
