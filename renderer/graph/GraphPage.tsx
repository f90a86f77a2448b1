import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Core } from 'cytoscape';
import { NoDatasetState } from '../datasets/NoDatasetState';
import { useDatasets } from '../datasets/useDatasets';
import { useFormat } from '../i18n/useFormat';
import { Loading } from '../shell/Loading';
import { PageIntro } from '../shell/PageIntro';
import { FilterPanel } from './FilterPanel';
import { GraphCanvas } from './GraphCanvas';
import { GraphToolbar } from './GraphToolbar';
import { Legend } from './Legend';
import { NodeTable } from './NodeTable';
import { OpenPanel } from './OpenPanel';
import { SidePanel } from './SidePanel';
import { Timeline } from './Timeline';
import { openDataset, openFrom } from './graphActions';
import { useGraphStore } from './graphStore';
import { parseGraphLink } from './useGraphLink';
import './graph.css';

export function GraphPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const datasets = useDatasets();
  const [params] = useSearchParams();
  const core = useRef<Core | null>(null);
  const onCore = useCallback((next: Core | null) => (core.current = next), []);
  const dataset = useGraphStore((state) => state.dataset);
  const generation = useGraphStore((state) => state.generation);
  const summary = useGraphStore((state) => state.summary);
  const buildMs = useGraphStore((state) => state.buildMs);
  const status = useGraphStore((state) => state.status);
  const openedFrom = useGraphStore((state) => state.openedFrom);
  const nodeCount = useGraphStore((state) => Object.keys(state.view.nodes).length);
  const [linkProblem, setLinkProblem] = useState<string | null>(null);

  const link = parseGraphLink(params, useGraphStore.getState().filter);
  const wantedDataset =
    datasets?.find((candidate) => candidate.id === link?.dataset) ??
    datasets?.find((candidate) => candidate.id === dataset) ??
    datasets?.[0];
  const linkKey = params.toString();

  // Open the dataset's model, then what the link names (once per link).
  useEffect(() => {
    if (!wantedDataset) return;
    let cancelled = false;
    void (async () => {
      setLinkProblem(null);
      if (link?.dataset && link.dataset !== wantedDataset.id) {
        setLinkProblem(t('graph.open.unknownDataset', { dataset: link.dataset }));
        return;
      }
      const ready = await openDataset(wantedDataset.id, wantedDataset.generation);
      if (!ready || cancelled || !link) return;
      const label = t(`graph.open.from.${link.label.key}`, { value: link.label.value });
      const { found } = await openFrom(link.source, label);
      if (!found && !cancelled)
        setLinkProblem(
          t(`graph.open.notFound.${link.label.key}`, {
            value: link.label.value,
            dataset: wantedDataset.id,
          }),
        );
    })();
    return () => {
      cancelled = true;
    };
    // The link is read again only when the URL or the dataset's generation changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [linkKey, wantedDataset?.generation]);

  if (!datasets) return <Loading />;
  if (datasets.length === 0) {
    return (
      <>
        <PageIntro page="graph" />
        <NoDatasetState />
      </>
    );
  }
  return (
    <>
      <PageIntro page="graph" />
      <p className="graph-status" role="status">
        {status.state === 'building'
          ? t('graph.status.building', { dataset: dataset ?? '' })
          : status.state === 'working'
            ? t('graph.status.working')
            : status.state === 'error'
              ? t('graph.status.error', { message: status.message })
              : summary && generation
                ? t('graph.status.ready', {
                    dataset: dataset ?? '',
                    accounts: format.number(summary.accounts),
                    values: format.number(summary.sharedIdentifierValues),
                    seconds: ((buildMs ?? 0) / 1000).toFixed(1),
                  })
                : ''}
      </p>
      {linkProblem && (
        <p className="error-text" role="alert">
          {linkProblem}
        </p>
      )}
      <OpenPanel datasets={datasets} />
      {nodeCount > 0 && (
        <>
          <p className="graph-opened">{openedFrom}</p>
          <GraphToolbar core={core} />
          <div className="graph-workspace">
            <div className="graph-stage">
              <GraphCanvas onCore={onCore} />
              <Legend />
            </div>
            <SidePanel />
          </div>
          <Timeline />
          <FilterPanel />
          <NodeTable />
        </>
      )}
    </>
  );
}
