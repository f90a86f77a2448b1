import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { estimateRisk } from '../../../shared/analytics/learning/riskModel';
import {
  LOCAL_EVIDENCE_COLUMN,
  SCORE_COLUMN,
} from '../../../shared/analytics/learning/features';
import type { Alert, AlertFeature } from '../../../shared/dictionary/types';
import { getDatabase } from '../../db/database';
import { FeatureChart } from '../FeatureChart';
import { RISK_MODEL_ID } from './modelId';

/** Contributions shown: the largest few explain the rank; the rest are small. */
const SHOWN = 8;

/** The risk model's estimate for one alert and what made it up, in the alert detail. */
export function RiskExplanation({ alert, theme }: { alert: Alert; theme: string }) {
  const { t } = useTranslation();
  const model = useLiveQuery(() => getDatabase().riskModels.get(RISK_MODEL_ID), []);
  const estimate = useMemo(() => (model ? estimateRisk(model.state, alert) : null), [model, alert]);
  const columnLabel = (name: string): string => {
    const at = name.indexOf(':');
    const kind = at === -1 ? name : name.slice(0, at);
    const rest = name.slice(at + 1);
    if (name === SCORE_COLUMN) return t('learning.detail.column.score');
    if (name === LOCAL_EVIDENCE_COLUMN) return t('learning.detail.column.localEvidence');
    if (kind === 'typology')
      return t('learning.detail.column.typology', { name: t(`typology.${rest as 'other'}`) });
    if (kind === 'model') return t('learning.detail.column.model', { name: rest });
    return t('learning.detail.column.feature', { name: rest });
  };
  const shown: AlertFeature[] = useMemo(
    () =>
      (estimate?.contributions ?? []).slice(0, SHOWN).map((entry) => ({
        name: columnLabel(entry.name),
        value: entry.value,
        contribution: entry.contribution,
      })),
    // `columnLabel` only reads `t`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [estimate, t],
  );
  if (!estimate) return null;
  const risk = estimate.risk.toFixed(2);
  return (
    <section className="alert-detail__section risk-estimate" aria-labelledby="alert-risk">
      <h3 id="alert-risk">
        {t('learning.detail.title')} <span className="risk-estimate__figure">{risk}</span>
      </h3>
      {estimate.source === 'score' ? (
        <p className="muted">{t('learning.detail.coldStart', { risk })}</p>
      ) : (
        <>
          <p className="muted">{t('learning.detail.model', { risk })}</p>
          <FeatureChart features={shown} allLocal={false} theme={theme} label={t('learning.detail.chart')} />
          <table className="table table--compact feature-table">
            <caption className="visually-hidden">{t('learning.detail.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('learning.detail.item')}</th>
                <th scope="col" className="numeric">{t('learning.detail.value')}</th>
                <th scope="col" className="numeric">{t('learning.detail.contribution')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((entry) => (
                <tr key={entry.name}>
                  <td>{entry.name}</td>
                  <td className="numeric">{Number(entry.value).toFixed(2)}</td>
                  <td className="numeric">{entry.contribution > 0 ? '+' : ''}{entry.contribution.toFixed(2)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
