/**
 * The drawing: one cytoscape instance, kept in step with the store by adding, removing and
 * updating elements (never rebuilt on each change). Positions come from the worker's layout and
 * are applied as they are (a preset layout). Large graphs get a lighter style and core options
 * (graphStyle.ts, graphCore.ts) so panning stays smooth.
 */
import type { Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { moveNode } from './graphActions';
import { useGraphStore } from './graphStore';
import { graphStylesheet } from './graphStyle';
import { edgeElements, nodeElements, pathIds } from './elements';
import { LARGE_GRAPH_NODES, createGraphCore, fitView } from './graphCore';
import { currentTheme, useDocumentTheme } from './useDocumentTheme';

export function GraphCanvas({ onCore }: { onCore: (core: Core | null) => void }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [core, setCore] = useState<Core | null>(null);
  const theme = useDocumentTheme();
  const view = useGraphStore((state) => state.view);
  const analysis = useGraphStore((state) => state.analysis);
  const showCommunities = useGraphStore((state) => state.showCommunities);
  const path = useGraphStore((state) => state.path);
  const pathEnds = useGraphStore((state) => state.pathEnds);
  const selected = useGraphStore((state) => state.selected);
  const timelineAt = useGraphStore((state) => state.timelineAt);
  const large = Object.keys(view.nodes).length >= LARGE_GRAPH_NODES;

  // One core per size class: the viewport options are fixed when the core is made.
  useEffect(() => {
    if (!container.current) return;
    const cy = createGraphCore(container.current, large, currentTheme());
    cy.on('tap', 'node', (event) => useGraphStore.getState().set({ selected: event.target.id() }));
    cy.on('tap', (event) => {
      if (event.target === cy) useGraphStore.getState().set({ selected: null });
    });
    cy.on('dragfree', 'node', (event) =>
      moveNode(event.target.id(), { ...event.target.position() }),
    );
    setCore(cy);
    onCore(cy);
    return () => {
      onCore(null);
      cy.destroy();
      setCore(null);
    };
  }, [large, onCore]);

  useEffect(() => {
    core?.style(graphStylesheet(theme, large));
  }, [core, theme, large]);

  // Elements: add the new, remove the gone, update the rest in one batch.
  useEffect(() => {
    if (!core) return;
    const nodes = nodeElements(view, { theme, analysis, showCommunities });
    const edges = edgeElements(view, theme);
    const wanted = new Set([...nodes, ...edges].map((element) => element.data.id!));
    const hadNone = core.elements().length === 0;
    core.batch(() => {
      core.elements().forEach((element) => {
        if (!wanted.has(element.id())) element.remove();
      });
      for (const element of [...nodes, ...edges]) {
        const existing = core.getElementById(element.data.id!);
        if (existing.nonempty()) {
          existing.data(element.data);
          if (element.position) existing.position(element.position);
        } else {
          core.add(element);
        }
      }
      const hidden = new Set(view.hidden);
      core.nodes().forEach((node) => {
        node.toggleClass('hidden', hidden.has(node.id()));
        if (view.pinned.includes(node.id())) node.lock();
        else node.unlock();
      });
    });
    if (hadNone || core.elements().length < 40) fitView(core);
  }, [core, view, theme, analysis, showCommunities]);

  useEffect(() => {
    if (!core) return;
    const onPath = pathIds(path);
    core.batch(() => {
      core.elements().forEach((element) => {
        element.toggleClass('on-path', onPath.has(element.id()));
        element.toggleClass('path-end', pathEnds.includes(element.id()));
      });
    });
  }, [core, path, pathEnds, view]);

  useEffect(() => {
    if (!core) return;
    core.batch(() => {
      core.elements().unselect();
      if (selected) core.getElementById(selected).select();
    });
  }, [core, selected, view]);

  // Timeline: ties first seen after the slider are faded, and nodes with no tie left too.
  useEffect(() => {
    if (!core) return;
    core.batch(() => {
      core.edges().forEach((edge) => {
        const firstSeen = edge.data('firstSeen') as number;
        edge.toggleClass('future', timelineAt !== null && firstSeen > timelineAt);
      });
      core.nodes().forEach((node) => {
        const shown =
          timelineAt === null ||
          node.data('seed') === true ||
          node
            .connectedEdges()
            .filter((edge) => !edge.hasClass('future'))
            .nonempty();
        node.toggleClass('future', !shown);
      });
    });
  }, [core, timelineAt, view]);

  const count = Object.keys(view.nodes).length;
  return (
    <div
      ref={container}
      className="graph-canvas"
      role="img"
      aria-label={t('graph.canvasLabel', { nodes: count, edges: view.edges.length })}
    />
  );
}
