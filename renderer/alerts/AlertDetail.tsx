import { useMemo, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CheckCheck, Network, ShieldCheck, ShieldX } from 'lucide-react';
import { LOCAL_FEATURE_PREFIX } from '../../shared/analytics/dedup';
import { actionsFrom, isSnoozed } from '../../shared/triage/lifecycle';
import { useNow } from '../app/useNow';
import { useFormat } from '../i18n/useFormat';
import type { UserRecord } from '../db/records';
import { useResolvedTheme } from '../shell/useTheme';
import { useUserNames } from '../users/useUsers';
import { AccountsTable } from './AccountsTable';
import { AnnotationPanel } from './AnnotationPanel';
import { FeatureChart } from './FeatureChart';
import { RiskExplanation } from './learning/RiskExplanation';
import { PriceChart } from './PriceChart';
import { TradesTables } from './TradesTables';
import type { TriageCommand } from './triageKeys';
import { confirmAlertLabel, decideReview } from './triageStore';
import { useAlertDetail, useAlertWorkflow, useMarketActivity } from './useAlertDetail';
import { useNames } from './useNames';
import { AlertEvidenceButtons } from './AlertEvidenceButtons';
import type { EChartInstance } from './EChart';

interface AlertDetailProps {
  alertKey: string;
  user: UserRecord | null;
  noteRef: RefObject<HTMLTextAreaElement | null>;
  onProblem: (error: unknown) => void;
  onCommand: (command: TriageCommand) => void;
}

const COMMAND_OF_ACTION = {
  start_review: { kind: 'start-review' },
  escalate: { kind: 'escalate' },
  close: { kind: 'close' },
  reopen: { kind: 'reopen' },
} as const satisfies Record<string, TriageCommand>;

/** Everything about one alert: why it fired, the market around it, who traded, and its triage. */
export function AlertDetail({ alertKey, user, noteRef, onProblem, onCommand }: AlertDetailProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const theme = useResolvedTheme();
  const now = useNow();
  const names = useNames();
  const userName = useUserNames();
  const detail = useAlertDetail(alertKey);
  const workflow = useAlertWorkflow(alertKey);
  const activity = useMarketActivity(detail);
  const [charts] = useState(() => new Map<string, EChartInstance>());
  const insiderEvents = useMemo(
    () => new Set((detail?.insiders ?? []).map((insider) => insider.event)),
    [detail],
  );

  if (detail === undefined || workflow === undefined) return <p className="muted">{t('alerts.detail.loading')}</p>;
  if (detail === null) return <p className="muted">{t('alerts.detail.gone', { key: alertKey })}</p>;

  const { alert } = detail;
  const status = workflow.state?.status ?? 'new';
  const annotation = workflow.annotation;
  const pendingReviews = workflow.reviews.filter((review) => review.status === 'pending');
  const label = workflow.state?.labelStatus ?? 'none';
  // A local alert's features are all local; a raised one's carry the `local:` prefix.
  const isLocalFeature = (name: string) =>
    detail.source === 'local' || name.startsWith(LOCAL_FEATURE_PREFIX);

  return (
    <article className="alert-detail" aria-labelledby="alert-detail-title">
      <header className="alert-detail__header">
        <h2 id="alert-detail-title">
          <span className="mono">{alert.id}</span> · {t(`typology.${alert.typology}`)}
        </h2>
        <div className="alert-detail__facts">
          <span className={`status-pill status-pill--${status}`}>{t(`alerts.status.${status}`)}</span>
          <span>
            {t('alerts.detail.score')} <strong>{alert.score.toFixed(2)}</strong>
          </span>
          <span>{t(`alerts.source.${detail.source}`)}</span>
          <span className="mono">{alert.model}</span>
          <span>{format.marketTime(alert.created)}</span>
        </div>
        {alert.raises && (
          <p className="alert-detail__raised">
            {t('alerts.detail.raisedFrom', {
              sandbox: alert.raises.sandboxScore.toFixed(2),
              score: alert.score.toFixed(2),
              ids: alert.raises.localIds.join(', '),
            })}
          </p>
        )}
        <p className="alert-detail__summary">{alert.summary}</p>
        <p className="muted">
          {t('alerts.detail.window', {
            from: format.marketTime(alert.window.from),
            to: format.marketTime(alert.window.to),
          })}
        </p>
      </header>

      <div className="alert-detail__actions" role="group" aria-label={t('alerts.detail.actions')}>
        {actionsFrom(status).map((action) => (
          <button key={action} type="button" className="button" disabled={!user} onClick={() => onCommand(COMMAND_OF_ACTION[action])}>
            {t(`alerts.actions.${action}`)}
          </button>
        ))}
        <button type="button" className="button" disabled={!user} onClick={() => onCommand({ kind: 'assign' })}>
          {t('alerts.keys.assign')}
        </button>
        <button type="button" className="button" disabled={!user} onClick={() => onCommand({ kind: 'snooze' })}>
          {t('alerts.keys.snooze')}
        </button>
        <Link className="button" to={`/graph?alert=${encodeURIComponent(alertKey)}`}>
          <Network aria-hidden="true" size={14} /> {t('alerts.detail.openGraph')}
        </Link>
        <AlertEvidenceButtons alertKey={alertKey} detail={detail} charts={charts} onProblem={onProblem} />
      </div>

      {pendingReviews.map((review) => (
        <div key={review.id} className="review-request" role="note">
          <p>
            {t('alerts.review.pending', {
              action: t(`alerts.actions.${review.action as 'escalate' | 'close'}`),
              name: userName(review.requestedBy),
              reason: t(`alerts.statusReasons.${review.reason as 'other'}`),
            })}
          </p>
          {user && user.id !== review.requestedBy ? (
            <div className="review-request__buttons">
              <button type="button" className="button button--primary" onClick={() => decideReview(review.id, true, user).catch(onProblem)}>
                <ShieldCheck aria-hidden="true" size={14} /> {t('alerts.review.approve')}
              </button>
              <button type="button" className="button" onClick={() => decideReview(review.id, false, user).catch(onProblem)}>
                <ShieldX aria-hidden="true" size={14} /> {t('alerts.review.reject')}
              </button>
            </div>
          ) : (
            <p className="muted">{t('alerts.review.needsOther')}</p>
          )}
        </div>
      ))}

      <section className="alert-detail__section" aria-labelledby="alert-disposition">
        <h3 id="alert-disposition">{t('alerts.detail.disposition')}</h3>
        <div className="disposition-line">
          {annotation?.disposition ? (
            <>
              <span className={`label-pill label-pill--${label}`}>{t(`alerts.disposition.${annotation.disposition}`)}</span>
              {annotation.reasonCode && (
                <span>{t(`alerts.reasons.${annotation.reasonCode as 'pattern_confirmed'}`)}</span>
              )}
              <span className="muted">
                {label === 'confirmed'
                  ? t('alerts.label.confirmed', { name: userName(workflow.state?.labelConfirmedBy) })
                  : t('alerts.label.awaiting', { name: userName(workflow.state?.labelledBy) })}
              </span>
              {label === 'awaiting' && user && user.id !== workflow.state?.labelledBy && (
                <button type="button" className="button" onClick={() => confirmAlertLabel(alertKey, user).catch(onProblem)}>
                  <CheckCheck aria-hidden="true" size={14} /> {t('alerts.label.confirm')}
                </button>
              )}
            </>
          ) : (
            <span className="muted">{t('alerts.detail.noDisposition')}</span>
          )}
          <span className="disposition-line__keys muted">{t('alerts.detail.dispositionKeys')}</span>
        </div>
        {workflow.state?.snoozedUntil && isSnoozed(workflow.state.snoozedUntil, new Date(now)) && (
          <p className="muted">{t('alerts.detail.snoozedUntil', { date: format.marketTime(workflow.state.snoozedUntil) })}</p>
        )}
        {workflow.state?.assignee && (
          <p className="muted">{t('alerts.detail.assignee', { name: userName(workflow.state.assignee) })}</p>
        )}
        <AnnotationPanel key={`${alertKey}|${user?.id ?? ''}`} alertKey={alertKey} annotation={annotation} user={user} noteRef={noteRef} onProblem={onProblem} />
      </section>

      <RiskExplanation alert={alert} theme={theme} />

      <section className="alert-detail__section" aria-labelledby="alert-why">
        <h3 id="alert-why">{t('alerts.detail.why')}</h3>
        {alert.features.length > 0 ? (
          <FeatureChart features={alert.features} allLocal={detail.source === 'local'} theme={theme} />
        ) : (
          <p className="muted">{t('alerts.detail.noFeatures')}</p>
        )}
        <table className="table table--compact feature-table">
          <caption className="visually-hidden">{t('alerts.detail.featuresTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('alerts.detail.feature')}</th>
              <th scope="col">{t('alerts.detail.value')}</th>
              <th scope="col" className="numeric">{t('alerts.detail.contribution')}</th>
            </tr>
          </thead>
          <tbody>
            {alert.features.map((feature) => (
              <tr key={feature.name}>
                <td>
                  <span className="mono">{feature.name}</span>{' '}
                  {isLocalFeature(feature.name) ? (
                    <span className="feature-source feature-source--local">{t('alerts.detail.featureLocal')}</span>
                  ) : (
                    <span className="feature-source">{t('alerts.detail.featureSandbox')}</span>
                  )}
                </td>
                <td className="mono">{JSON.stringify(feature.value)}</td>
                <td className="numeric">{feature.contribution.toFixed(3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {detail.rule ? (
          <div className="rule">
            <p>
              <strong className="mono">{detail.rule.id}</strong> {detail.rule.title}
            </p>
            <p className="muted">{detail.rule.description}</p>
            <dl className="definition-list">
              {Object.entries(detail.rule.params).map(([name, value]) => (
                <div key={name}>
                  <dt className="mono">{name}</dt>
                  <dd className="mono">{JSON.stringify(value)}</dd>
                </div>
              ))}
            </dl>
          </div>
        ) : (
          <p className="muted">{t('alerts.detail.noRule')}</p>
        )}
      </section>

      <section className="alert-detail__section" aria-labelledby="alert-market">
        <h3 id="alert-market">{t('alerts.detail.market')}</h3>
        {!activity ? (
          <p className="muted">{t('alerts.detail.loading')}</p>
        ) : (
          alert.instruments.map((code) => {
            const bars = activity.bars.get(code) ?? [];
            return bars.length === 0 ? (
              <p key={code} className="muted">
                {t('alerts.chart.noBars', { instrument: `${names.instrument(code)} (${code})` })}
              </p>
            ) : (
              <PriceChart
                key={code}
                instrument={code}
                instrumentName={names.instrument(code)}
                bars={bars}
                trades={activity.trades}
                orders={activity.orders}
                events={detail.events}
                insiderEvents={insiderEvents}
                window={alert.window}
                theme={theme}
                onReady={(chart) => {
                  if (chart) charts.set(code, chart);
                  else charts.delete(code);
                }}
              />
            );
          })
        )}
        {activity && (
          <TradesTables
            key={alertKey}
            trades={activity.trades}
            orders={activity.orders}
            alertKey={alertKey}
            dataset={detail.dataset}
            alertId={alert.id}
          />
        )}
      </section>

      <section className="alert-detail__section" aria-labelledby="alert-accounts">
        <h3 id="alert-accounts">{t('alerts.detail.accounts', { count: alert.accounts.length })}</h3>
        <AccountsTable
          dataset={detail.dataset}
          accounts={detail.accounts}
          user={user}
          regionName={names.region}
          brokerName={names.broker}
          onProblem={onProblem}
        />
        <p>
          <Link to={`/graph?alert=${encodeURIComponent(alertKey)}`}>{t('alerts.detail.openGraphLong')}</Link>
        </p>
      </section>

      <section className="alert-detail__section" aria-labelledby="alert-similar">
        <h3 id="alert-similar">{t('alerts.detail.similar')}</h3>
        {detail.similarCases.length === 0 ? (
          <p className="muted">{t('alerts.detail.noSimilar')}</p>
        ) : (
          <ul className="similar-cases">
            {detail.similarCases.map((row) => (
              <li key={row.id}>
                <span className="mono">{row.id}</span> · {format.date(row.decided)} · {names.region(row.region)}
                {row.penalty !== null && row.penalty !== undefined && <> · {t('alerts.detail.penalty', { amount: format.number(row.penalty) })}</>}
                <br />
                <span className="muted">{row.summary}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
