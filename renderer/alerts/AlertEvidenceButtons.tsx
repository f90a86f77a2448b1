import { useTranslation } from 'react-i18next';
import { AddToCaseButton } from '../cases/AddToCaseButton';
import type { NewEvidence } from '../cases/caseStore';
import type { EChartInstance } from './EChart';
import type { AlertDetailData } from './useAlertDetail';

/** Adds the alert, its accounts and a snapshot of its price chart to a case. */
export function AlertEvidenceButtons({
  alertKey,
  detail,
  charts,
  onProblem,
}: {
  alertKey: string;
  detail: AlertDetailData;
  charts: ReadonlyMap<string, EChartInstance>;
  onProblem: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const produce = (): NewEvidence => {
    const [instrument, chart] = [...charts.entries()][0] ?? [];
    const provenance = {
      view: 'alert-detail',
      dataset: detail.dataset,
      subjects: [alertKey, ...detail.alert.instruments],
      parameters: { window: detail.alert.window, generation: detail.generation },
    };
    if (chart && instrument) {
      return {
        kind: 'chart',
        title: t('alerts.evidence.chartTitle', { alert: detail.alert.id, instrument }),
        image: chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' }),
        provenance,
      };
    }
    return {
      kind: 'rows',
      title: t('alerts.evidence.featuresTitle', { alert: detail.alert.id }),
      columns: ['feature', 'value', 'contribution'],
      rows: detail.alert.features.map((feature) => [feature.name, JSON.stringify(feature.value), feature.contribution]),
      provenance,
    };
  };
  return (
    <AddToCaseButton
      produceEvidence={produce}
      alertKeys={[alertKey]}
      accountKeys={detail.alert.accounts.map((account) => `${detail.dataset}:${account}`)}
      onProblem={onProblem}
    />
  );
}
