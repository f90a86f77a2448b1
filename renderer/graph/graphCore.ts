/** The cytoscape core of the Graph page, shared with the rendering benchmark. */
import cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import type { GraphTheme } from './graphStyle';
import { graphStylesheet } from './graphStyle';

/** From this many nodes on, labels, arrows and borders are dropped and edges take no events. */
export const LARGE_GRAPH_NODES = 1000;

/** Fits the drawing, but never blows a handful of nodes up past a readable size. */
export function fitView(core: Core): void {
  core.fit(undefined, 30);
  if (core.zoom() > MAX_FIT_ZOOM) {
    core.zoom(MAX_FIT_ZOOM);
    core.center();
  }
}

const MAX_FIT_ZOOM = 1.6;

export function createGraphCore(container: HTMLElement, large: boolean, theme: GraphTheme): Core {
  return cytoscape({
    container,
    style: graphStylesheet(theme, large),
    layout: { name: 'preset' },
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    // No texture or hidden edges while panning: either redraws every element when a drag starts
    // and again when it ends (hundreds of ms at 5,000 nodes). The layered texture cache cytoscape
    // keeps at rest already makes a pan a few image copies, edges and all.
    textureOnViewport: false,
    hideEdgesOnViewport: false,
    hideLabelsOnViewport: large,
    motionBlur: false,
    pixelRatio: large ? 1 : 'auto',
  });
}
