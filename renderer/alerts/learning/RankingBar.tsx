import { useTranslation } from 'react-i18next';
import { ArrowDownWideNarrow, BrainCircuit, Crosshair } from 'lucide-react';
import { useFormat } from '../../i18n/useFormat';
import type { RiskRanking } from './useRiskRanking';
import './learning.css';

interface RankingBarProps {
  ranking: RiskRanking;
  sortedByRisk: boolean;
  onSortByRisk: () => void;
  onReviewNext: () => void;
}

/** Says what orders the queue (the risk model, or the scores until it has labels) and offers "review next". */
export function RankingBar({ ranking, sortedByRisk, onSortByRisk, onReviewNext }: RankingBarProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { result } = ranking;
  let text: string;
  if (ranking.error) text = t('learning.order.failed', { message: ranking.error });
  else if (!result) text = t('learning.order.training');
  else if (result.status === 'trained')
    text = t(result.restored ? 'learning.order.restored' : 'learning.order.model', {
      positive: result.labels.positive,
      negative: result.labels.negative,
      time: format.dateTime(result.trainedAt),
    });
  else
    text = t('learning.order.coldStart', {
      min: result.minPerClass,
      positive: result.labels.positive,
      negative: result.labels.negative,
    });
  const trained = result?.status === 'trained';
  return (
    <div className="ranking-bar" role="group" aria-label={t('learning.order.label')}>
      <BrainCircuit aria-hidden="true" size={16} className={trained ? 'ranking-bar__icon--model' : 'ranking-bar__icon'} />
      <p className="ranking-bar__text" role="status" data-ranking={result?.status ?? 'pending'}>
        {text}
        {!sortedByRisk && <> {t('learning.order.otherSort')}</>}
      </p>
      {!sortedByRisk && (
        <button type="button" className="button" onClick={onSortByRisk}>
          <ArrowDownWideNarrow aria-hidden="true" size={14} /> {t('learning.order.sortByRisk')}
        </button>
      )}
      <button type="button" className="button button--primary" title={t('learning.order.reviewNextHint')} onClick={onReviewNext}>
        <Crosshair aria-hidden="true" size={14} /> {t('learning.order.reviewNext')} <kbd>U</kbd>
      </button>
    </div>
  );
}
