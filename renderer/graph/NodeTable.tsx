/**
 * The nodes on the graph as a table: what a screen reader (or a careful examiner) reads
 * instead of the drawing, sortable by centrality, each row selecting its node.
 */
import { useTranslation } from 'react-i18next';
import { List } from 'lucide-react';
import { useFormat } from '../i18n/useFormat';
import { setHidden } from './graphActions';
import { useGraphStore } from './graphStore';

/** Rows drawn at most; the export has them all. */
const TABLE_ROWS = 500;

export function NodeTable() {
  const { t } = useTranslation();
  const format = useFormat();
  const view = useGraphStore((state) => state.view);
  const analysis = useGraphStore((state) => state.analysis);
  const selected = useGraphStore((state) => state.selected);
  const set = useGraphStore((state) => state.set);
  const ties = new Map<string, number>();
  for (const edge of view.edges) {
    ties.set(edge.source, (ties.get(edge.source) ?? 0) + 1);
    ties.set(edge.target, (ties.get(edge.target) ?? 0) + 1);
  }
  const nodes = Object.values(view.nodes).sort(
    (a, b) =>
      (analysis?.centralityOf[b.id] ?? 0) - (analysis?.centralityOf[a.id] ?? 0) ||
      (a.id < b.id ? -1 : 1),
  );
  return (
    <section className="card" aria-labelledby="graph-nodes-title">
      <header className="card__header">
        <List aria-hidden="true" size={16} />
        <h2 id="graph-nodes-title">{t('graph.nodes.title', { count: nodes.length })}</h2>
      </header>
      <div className="card__body card__body--flush graph-nodes">
        <table className="table" aria-labelledby="graph-nodes-title">
          <thead>
            <tr>
              <th scope="col">{t('graph.nodes.id')}</th>
              <th scope="col">{t('graph.nodes.kind')}</th>
              <th scope="col">{t('graph.nodes.risk')}</th>
              <th scope="col">{t('graph.nodes.alerts')}</th>
              <th scope="col" className="numeric">
                {t('graph.nodes.community')}
              </th>
              <th scope="col" className="numeric">
                {t(`graph.nodes.centrality.${analysis?.centrality ?? 'betweenness'}`)}
              </th>
              <th scope="col" className="numeric">
                {t('graph.nodes.ties')}
              </th>
              <th scope="col">{t('graph.nodes.state')}</th>
            </tr>
          </thead>
          <tbody>
            {nodes.slice(0, TABLE_ROWS).map((node) => {
              const hidden = view.hidden.includes(node.id);
              return (
                <tr
                  key={node.id}
                  className={node.id === selected ? 'graph-nodes__selected' : undefined}
                >
                  <th scope="row" className="mono">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => set({ selected: node.id })}
                      disabled={hidden}
                    >
                      {node.kind === 'external' ? node.label : node.id}
                    </button>
                  </th>
                  <td>{t(`graph.nodeKind.${node.kind}`)}</td>
                  <td>{node.risk ?? ''}</td>
                  <td className="mono">{node.alertIds.join(' ')}</td>
                  <td className="numeric">{analysis?.communityOf[node.id] ?? ''}</td>
                  <td className="numeric">
                    {format.number(Math.round((analysis?.centralityOf[node.id] ?? 0) * 100) / 100)}
                  </td>
                  <td className="numeric">{ties.get(node.id) ?? 0}</td>
                  <td>
                    {[
                      view.seeds.includes(node.id) ? t('graph.nodes.seed') : null,
                      view.pinned.includes(node.id) ? t('graph.nodes.pinned') : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                    {hidden && (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => void setHidden([node.id], false)}
                      >
                        {t('graph.nodes.unhide')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {nodes.length > TABLE_ROWS && (
          <p className="muted graph-nodes__more">
            {t('graph.nodes.more', { shown: TABLE_ROWS, total: nodes.length })}
          </p>
        )}
      </div>
    </section>
  );
}
