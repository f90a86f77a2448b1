/** Commands over the drawing: expand, collapse, hide, pin, undo, layout, path, communities, export. */
import type { RefObject } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Core } from 'cytoscape';
import {
  Download,
  EyeOff,
  Eye,
  Expand,
  Shrink,
  Pin,
  Undo2,
  LayoutGrid,
  Maximize,
  Route,
  Palette,
  FileSpreadsheet,
} from 'lucide-react';
import {
  collapse,
  expand,
  findPath,
  relayout,
  setHidden,
  togglePinned,
  undo,
} from './graphActions';
import { fitView } from './graphCore';
import { useGraphStore } from './graphStore';
import { AddToCaseButton } from '../cases/AddToCaseButton';
import { saveCsv, savePng } from './exportGraph';
import { graphEvidence, graphPng, visibleAccountKeys, visibleCounts } from './graphEvidence';
import { edgesCsv, nodesCsv } from './graphCsv';

function fileStem(dataset: string | null): string {
  return `graph-${dataset ?? 'dataset'}-${new Date().toISOString().slice(0, 10)}`;
}

export function GraphToolbar({ core }: { core: RefObject<Core | null> }) {
  const { t } = useTranslation();
  const state = useGraphStore();
  const { view, selected, history, pathEnds, path, noPath, showCommunities, dataset, analysis } =
    state;
  const [notice, setNotice] = useState<string | null>(null);
  const selectedPinned = selected !== null && view.pinned.includes(selected);

  async function run(action: () => Promise<string | null>) {
    setNotice(await action());
  }

  function setEnd(index: 0 | 1) {
    if (!selected) return;
    const ends: [string | null, string | null] = [...pathEnds];
    ends[index] = selected;
    state.set({ pathEnds: ends, path: null, noPath: false });
    if (ends[0] && ends[1]) void findPath(ends[0], ends[1]);
  }

  async function exportPng() {
    if (!core.current) return null;
    const background =
      getComputedStyle(document.documentElement).getPropertyValue('--surface').trim() || '#ffffff';
    const outcome = await savePng(core.current, `${fileStem(dataset)}.png`, background);
    return outcome.saved ? t('graph.exported', { location: outcome.location ?? '' }) : null;
  }

  const accountKeys = dataset ? visibleAccountKeys(dataset, view) : [];
  function snapshot() {
    if (!core.current) throw new Error(t('graph.toolbar.notDrawn'));
    const background =
      getComputedStyle(document.documentElement).getPropertyValue('--surface').trim() || '#ffffff';
    const current = useGraphStore.getState();
    const title = t('graph.toolbar.snapshotTitle', {
      from: current.openedFrom ?? current.dataset ?? '',
      ...visibleCounts(current.view),
    });
    return graphEvidence(current, title, graphPng(core.current, background));
  }

  return (
    <div className="graph-toolbar" role="toolbar" aria-label={t('graph.toolbar.label')}>
      <div className="graph-toolbar__group">
        <button
          type="button"
          className="button"
          onClick={() => void run(async () => t('graph.toolbar.added', { count: await expand() }))}
        >
          <Expand aria-hidden="true" size={14} /> {t('graph.toolbar.expandAll')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!selected}
          onClick={() =>
            void run(async () => t('graph.toolbar.added', { count: await expand([selected!]) }))
          }
        >
          <Expand aria-hidden="true" size={14} /> {t('graph.toolbar.expandSelected')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!selected}
          onClick={() =>
            void run(async () => t('graph.toolbar.removed', { count: await collapse(selected!) }))
          }
        >
          <Shrink aria-hidden="true" size={14} /> {t('graph.toolbar.collapse')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!selected}
          onClick={() => void setHidden([selected!], true)}
        >
          <EyeOff aria-hidden="true" size={14} /> {t('graph.toolbar.hide')}
        </button>
        <button
          type="button"
          className="button"
          disabled={view.hidden.length === 0}
          onClick={() => void setHidden(view.hidden, false)}
        >
          <Eye aria-hidden="true" size={14} />{' '}
          {t('graph.toolbar.showHidden', { count: view.hidden.length })}
        </button>
        <button
          type="button"
          className="button"
          disabled={!selected}
          aria-pressed={selectedPinned}
          onClick={() => {
            const position = selected
              ? core.current?.getElementById(selected).position()
              : undefined;
            togglePinned(selected!, position ? { ...position } : undefined);
          }}
        >
          <Pin aria-hidden="true" size={14} />{' '}
          {selectedPinned ? t('graph.toolbar.unpin') : t('graph.toolbar.pin')}
        </button>
        <button type="button" className="button" disabled={history.length === 0} onClick={undo}>
          <Undo2 aria-hidden="true" size={14} /> {t('graph.toolbar.undo')}
        </button>
      </div>
      <div className="graph-toolbar__group">
        <button type="button" className="button" onClick={() => void relayout()}>
          <LayoutGrid aria-hidden="true" size={14} /> {t('graph.toolbar.layout')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => core.current && fitView(core.current)}
        >
          <Maximize aria-hidden="true" size={14} /> {t('graph.toolbar.fit')}
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={showCommunities}
          onClick={() => state.set({ showCommunities: !showCommunities })}
        >
          <Palette aria-hidden="true" size={14} /> {t('graph.toolbar.communities')}
        </button>
        <button type="button" className="button" disabled={!selected} onClick={() => setEnd(0)}>
          <Route aria-hidden="true" size={14} /> {t('graph.toolbar.pathFrom')}
        </button>
        <button type="button" className="button" disabled={!selected} onClick={() => setEnd(1)}>
          <Route aria-hidden="true" size={14} /> {t('graph.toolbar.pathTo')}
        </button>
      </div>
      <div className="graph-toolbar__group">
        <button type="button" className="button" onClick={() => void run(exportPng)}>
          <Download aria-hidden="true" size={14} /> {t('graph.toolbar.exportPng')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            void run(async () => {
              const outcome = await saveCsv(
                `${fileStem(dataset)}-nodes.csv`,
                nodesCsv(view, analysis),
              );
              return outcome.saved
                ? t('graph.exported', { location: outcome.location ?? '' })
                : null;
            })
          }
        >
          <FileSpreadsheet aria-hidden="true" size={14} /> {t('graph.toolbar.exportNodes')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            void run(async () => {
              const outcome = await saveCsv(`${fileStem(dataset)}-edges.csv`, edgesCsv(view));
              return outcome.saved
                ? t('graph.exported', { location: outcome.location ?? '' })
                : null;
            })
          }
        >
          <FileSpreadsheet aria-hidden="true" size={14} /> {t('graph.toolbar.exportEdges')}
        </button>
        <AddToCaseButton
          label={t('graph.toolbar.addSnapshot')}
          produceEvidence={snapshot}
          onAdded={() => setNotice(t('graph.toolbar.addedSnapshot'))}
        />
        {accountKeys.length > 0 && (
          <AddToCaseButton
            label={t('graph.toolbar.addAccounts')}
            accountKeys={accountKeys}
            onAdded={() =>
              setNotice(t('graph.toolbar.addedAccounts', { count: accountKeys.length }))
            }
          />
        )}
      </div>
      <p className="graph-toolbar__status" role="status">
        {(pathEnds[0] || pathEnds[1]) && (
          <span>
            {t('graph.path.ends', { from: pathEnds[0] ?? '…', to: pathEnds[1] ?? '…' })}{' '}
            {path
              ? t('graph.path.found', { count: path.edges.length, nodes: path.nodes.join(' → ') })
              : noPath
                ? t('graph.path.none')
                : ''}
          </span>
        )}
        {notice && <span> {notice}</span>}
      </p>
    </div>
  );
}
