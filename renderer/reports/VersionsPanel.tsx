import { diffWords } from 'diff';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getDatabase } from '../db/database';
import { useFormat } from '../i18n/useFormat';
import type { StoredReportVersion } from './reportStore';

interface VersionsPanelProps {
  reportId: string;
  final: boolean;
  busy: boolean;
  onSaveVersion: () => void;
  onFinalize: () => void;
}

/** Saved versions of a report, the diff between two of them, and the buttons that save and lock. */
export function VersionsPanel({
  reportId,
  final,
  busy,
  onSaveVersion,
  onFinalize,
}: VersionsPanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const versions = useLiveQuery(
    async () =>
      (await getDatabase()
        .reportVersions.where('reportId')
        .equals(reportId)
        .sortBy('version')) as StoredReportVersion[],
    [reportId],
  );
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const list = versions ?? [];
  const older = list.find((v) => v.version === (from ?? list.at(-2)?.version));
  const newer = list.find((v) => v.version === (to ?? list.at(-1)?.version));
  const parts = older && newer && older !== newer ? diffWords(older.text, newer.text) : null;

  return (
    <section className="report-side__block" aria-labelledby="report-versions-title">
      <h3 id="report-versions-title">{t('reports.versions.title')}</h3>
      {!final && (
        <div className="report-side__actions">
          <button type="button" className="button" disabled={busy} onClick={onSaveVersion}>
            {t('reports.versions.save')}
          </button>
          {confirming ? (
            <>
              <button
                type="button"
                className="button button--primary"
                disabled={busy}
                onClick={() => {
                  setConfirming(false);
                  onFinalize();
                }}
              >
                {t('reports.versions.confirmFinal')}
              </button>
              <button type="button" className="button" onClick={() => setConfirming(false)}>
                {t('reports.versions.cancel')}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => setConfirming(true)}
            >
              {t('reports.versions.finalize')}
            </button>
          )}
        </div>
      )}
      {confirming && <p className="muted">{t('reports.versions.finalWarning')}</p>}
      {list.length === 0 ? (
        <p className="muted">{t('reports.versions.none')}</p>
      ) : (
        <ol className="version-list">
          {list.map((version) => (
            <li key={version.version}>
              <strong>{t('reports.versions.label', { version: version.version })}</strong>
              {version.final && <span className="badge">{t('reports.status.final')}</span>}
              <span className="muted"> {format.dateTime(version.createdAt)}</span>
              <div className="mono muted version-hash" title={version.hash}>
                SHA-256 {version.hash.slice(0, 16)}…
              </div>
            </li>
          ))}
        </ol>
      )}
      {list.length >= 2 && (
        <div className="version-diff">
          <div className="version-diff__pick">
            <label>
              {t('reports.versions.from')}
              <select
                value={older?.version ?? ''}
                onChange={(e) => setFrom(Number(e.target.value))}
              >
                {list.map((v) => (
                  <option key={v.version} value={v.version}>
                    {t('reports.versions.label', { version: v.version })}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('reports.versions.to')}
              <select value={newer?.version ?? ''} onChange={(e) => setTo(Number(e.target.value))}>
                {list.map((v) => (
                  <option key={v.version} value={v.version}>
                    {t('reports.versions.label', { version: v.version })}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {parts === null ? (
            <p className="muted">{t('reports.versions.pickTwo')}</p>
          ) : parts.every((p) => !p.added && !p.removed) ? (
            <p className="muted">{t('reports.versions.same')}</p>
          ) : (
            <div
              className="diff-view"
              data-testid="version-diff"
              aria-label={t('reports.versions.diff')}
            >
              {parts.map((part, index) =>
                part.added ? (
                  <ins key={index}>{part.value}</ins>
                ) : part.removed ? (
                  <del key={index}>{part.value}</del>
                ) : (
                  <span key={index}>
                    {part.value.length > 160
                      ? `${part.value.slice(0, 60)} … ${part.value.slice(-60)}`
                      : part.value}
                  </span>
                ),
              )}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
