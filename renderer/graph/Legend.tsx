/** What the colours and shapes mean. */
import { useTranslation } from 'react-i18next';
import { EDGE_TYPES } from '../../shared/graph/types';
import { EDGE_COLOURS, RISK_COLOURS } from './graphStyle';
import { useDocumentTheme } from './useDocumentTheme';
import { useGraphStore } from './graphStore';

const RISKS = ['C1', 'C2', 'C3', 'C4', 'C5'] as const;

export function Legend() {
  const { t } = useTranslation();
  const theme = useDocumentTheme();
  const types = useGraphStore((state) => state.filter.types);
  const showCommunities = useGraphStore((state) => state.showCommunities);
  return (
    <div className="graph-legend" aria-label={t('graph.legend.title')} role="group">
      <p className="graph-legend__title">{t('graph.legend.title')}</p>
      <ul>
        <li>
          <span className="graph-legend__shape graph-legend__shape--account" aria-hidden="true" />
          {t('graph.nodeKind.account')}
        </li>
        <li>
          <span className="graph-legend__shape graph-legend__shape--external" aria-hidden="true" />
          {t('graph.nodeKind.external')}
        </li>
        <li>
          <span className="graph-legend__shape graph-legend__shape--event" aria-hidden="true" />
          {t('graph.nodeKind.event')}
        </li>
        <li>
          <span className="graph-legend__shape graph-legend__shape--alerted" aria-hidden="true" />
          {t('graph.legend.alerted')}
        </li>
        <li>
          {showCommunities ? (
            t('graph.legend.byCommunity')
          ) : (
            <>
              {RISKS.map((risk) => (
                <span
                  key={risk}
                  className="graph-swatch"
                  style={{ background: RISK_COLOURS[theme][risk] }}
                  aria-hidden="true"
                />
              ))}{' '}
              {t('graph.legend.risk')}
            </>
          )}
        </li>
        <li>{t('graph.legend.size')}</li>
      </ul>
      <ul>
        {EDGE_TYPES.filter((type) => types.includes(type)).map((type) => (
          <li key={type}>
            <span
              className="graph-legend__line"
              style={{ background: EDGE_COLOURS[theme][type] }}
              aria-hidden="true"
            />
            {t(`graph.edgeType.${type}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
