import { describe, expect, it } from 'vitest';
import type { Rect, WindowState } from './windowState';
import {
  DEFAULT_WINDOW_SIZE,
  MIN_WINDOW_SIZE,
  fitToDisplays,
  storedWindowStateSchema,
  toStoredWindowState,
} from './windowState';

const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const secondary: Rect = { x: 1920, y: 0, width: 1280, height: 984 };

const state = (bounds: Rect, maximized = false): WindowState => ({ bounds, maximized });

describe('reading a saved window state', () => {
  it('accepts a well-formed file', () => {
    const stored = {
      version: 1,
      bounds: { x: 10, y: 20, width: 1200, height: 800 },
      maximized: true,
    };
    expect(storedWindowStateSchema.safeParse(stored).success).toBe(true);
  });

  it.each([
    ['a missing field', { version: 1, bounds: { x: 0, y: 0, width: 100 }, maximized: false }],
    [
      'a string size',
      { version: 1, bounds: { x: 0, y: 0, width: '100', height: 100 }, maximized: false },
    ],
    [
      'a fractional coordinate',
      { version: 1, bounds: { x: 0.5, y: 0, width: 100, height: 100 }, maximized: false },
    ],
    [
      'a zero width',
      { version: 1, bounds: { x: 0, y: 0, width: 0, height: 100 }, maximized: false },
    ],
    [
      'absurd coordinates',
      { version: 1, bounds: { x: 1e9, y: 0, width: 100, height: 100 }, maximized: false },
    ],
    [
      'another version',
      { version: 2, bounds: { x: 0, y: 0, width: 100, height: 100 }, maximized: false },
    ],
    ['not an object', 'maximized'],
  ])('rejects %s', (_what, value) => {
    expect(storedWindowStateSchema.safeParse(value).success).toBe(false);
  });

  it('rounds bounds when storing', () => {
    expect(
      toStoredWindowState(state({ x: 1.4, y: 2.6, width: 1000.2, height: 700.7 }, true)),
    ).toEqual({
      version: 1,
      bounds: { x: 1, y: 3, width: 1000, height: 701 },
      maximized: true,
    });
  });
});

describe('fitToDisplays', () => {
  it('centres the default size on the primary display when nothing was saved', () => {
    const fitted = fitToDisplays(null, [primary], primary);
    expect(fitted.bounds).toEqual({
      x: (1920 - DEFAULT_WINDOW_SIZE.width) / 2,
      y: (1040 - DEFAULT_WINDOW_SIZE.height) / 2,
      ...DEFAULT_WINDOW_SIZE,
    });
    expect(fitted.maximized).toBe(false);
  });

  it('keeps a window that is fully visible as it was', () => {
    const saved = state({ x: 100, y: 50, width: 1200, height: 800 }, true);
    expect(fitToDisplays(saved, [primary, secondary], primary)).toEqual(saved);
  });

  it('keeps a window on the secondary display it was on', () => {
    const saved = state({ x: 2000, y: 40, width: 1000, height: 700 });
    expect(fitToDisplays(saved, [primary, secondary], primary).bounds).toEqual(saved.bounds);
  });

  it('moves a window hanging off the edge back inside its display', () => {
    const fitted = fitToDisplays(
      state({ x: 1500, y: 900, width: 1000, height: 700 }),
      [primary],
      primary,
    );
    expect(fitted.bounds).toEqual({ x: 920, y: 340, width: 1000, height: 700 });
  });

  it('recentres a window whose display is gone', () => {
    const fitted = fitToDisplays(
      state({ x: 2100, y: 100, width: 1000, height: 700 }),
      [primary],
      primary,
    );
    expect(fitted.bounds).toEqual({ x: 460, y: 170, width: 1000, height: 700 });
  });

  it('shrinks a window larger than the display', () => {
    const small: Rect = { x: 0, y: 0, width: 1280, height: 720 };
    const fitted = fitToDisplays(state({ x: 0, y: 0, width: 3000, height: 2000 }), [small], small);
    expect(fitted.bounds).toEqual(small);
  });

  it('grows a window below the minimum size', () => {
    const fitted = fitToDisplays(
      state({ x: 10, y: 10, width: 100, height: 100 }),
      [primary],
      primary,
    );
    expect(fitted.bounds.width).toBe(MIN_WINDOW_SIZE.width);
    expect(fitted.bounds.height).toBe(MIN_WINDOW_SIZE.height);
  });

  it('respects displays with negative coordinates', () => {
    const left: Rect = { x: -1280, y: 0, width: 1280, height: 1024 };
    const saved = state({ x: -1200, y: 100, width: 900, height: 700 });
    expect(fitToDisplays(saved, [primary, left], primary).bounds).toEqual(saved.bounds);
  });
});
