import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { History } from 'lucide-react';
import { useFormat } from '../i18n/useFormat';
import { useAppStore } from '../store';
import { recoveryEventsAfter } from './recoveryEvents';
import './recoveryNotice.css';

/**
 * Tells the user what the workstation undid or purged on its own (an import cut off by a crash
 * or reload, a dataset past its deadline) until they dismiss it; the audit log keeps the record.
 */
export function RecoveryNotice() {
  const { t } = useTranslation();
  const format = useFormat();
  const seenSeq = useAppStore((state) => state.preferences.recoveryNoticeSeenSeq);
  const setPreference = useAppStore((state) => state.setPreference);
  const events = useLiveQuery(() => recoveryEventsAfter(seenSeq), [seenSeq]);
  const last = events?.at(-1);
  if (!events || !last) return null;
  return (
    <section className="recovery-notice" aria-label={t('datasets.recovery.label')}>
      <History aria-hidden="true" size={16} />
      <ul>
        {events.map((event) => (
          <li key={event.seq}>
            {t(
              event.action === 'import.interrupted'
                ? 'datasets.recovery.interrupted'
                : 'datasets.recovery.purged',
              {
                time: format.dateTime(event.ts),
                title: event.title ?? event.dataset,
                version: event.version ?? '—',
              },
            )}
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button"
        // A failed write puts the previous value back, so the notice simply stays.
        onClick={() => void setPreference('recoveryNoticeSeenSeq', last.seq).catch(() => undefined)}
      >
        {t('datasets.recovery.dismiss')}
      </button>
    </section>
  );
}
