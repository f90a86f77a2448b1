/** Colours of the risk map, per theme: a sequential scale (ColorBrewer YlOrRd) and the chrome around it. */
import type { Theme } from '../../styles/theme';

export type Rgba = [number, number, number, number];

export const CLASS_COLOURS: Rgba[] = [
  [255, 237, 160, 230],
  [254, 178, 76, 230],
  [253, 141, 60, 235],
  [240, 59, 32, 240],
  [189, 0, 38, 245],
];

export interface MapPalette {
  noData: Rgba;
  outline: Rgba;
  focus: Rgba;
  label: Rgba;
  labelHalo: Rgba;
  branch: Rgba;
  branchOutline: Rgba;
  heat: Rgba[];
}

export const MAP_PALETTES: Record<Theme, MapPalette> = {
  light: {
    noData: [228, 232, 237, 255],
    outline: [120, 128, 140, 255],
    focus: [11, 92, 173, 255],
    label: [26, 30, 36, 255],
    labelHalo: [255, 255, 255, 230],
    branch: [11, 92, 173, 210],
    branchOutline: [255, 255, 255, 255],
    heat: [
      [49, 130, 189, 0],
      [107, 174, 214, 90],
      [158, 202, 225, 140],
      [65, 105, 225, 170],
      [20, 60, 160, 200],
      [8, 29, 88, 220],
    ],
  },
  dark: {
    noData: [44, 50, 60, 255],
    outline: [16, 19, 24, 255],
    focus: [125, 184, 255, 255],
    label: [236, 240, 245, 255],
    labelHalo: [20, 23, 28, 230],
    branch: [125, 184, 255, 220],
    branchOutline: [20, 23, 28, 255],
    heat: [
      [0, 200, 255, 0],
      [0, 200, 255, 80],
      [60, 220, 255, 130],
      [140, 235, 255, 170],
      [210, 250, 255, 200],
      [255, 255, 255, 220],
    ],
  },
};

export function cssColour([r, g, b, a]: Rgba): string {
  return `rgb(${r} ${g} ${b} / ${(a / 255).toFixed(2)})`;
}
