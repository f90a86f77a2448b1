import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../shell/ModalDialog';
import { TRIAGE_SHORTCUTS } from './triageKeys';

/** The `?` sheet of the alert queue: every triage key, from the same table the handler uses. */
export function TriageShortcutSheet({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ModalDialog open={open} title={t('alerts.keys.title')} onClose={onClose}>
      <table className="table shortcut-table">
        <thead>
          <tr>
            <th scope="col">{t('alerts.keys.action')}</th>
            <th scope="col">{t('alerts.keys.keys')}</th>
          </tr>
        </thead>
        <tbody>
          {TRIAGE_SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.label}>
              <td>{t(`alerts.keys.${shortcut.label as 'next'}`)}</td>
              <td>
                <span className="shortcut-keys">
                  {shortcut.keys.map((key, index) => (
                    <Fragment key={key}>
                      {index > 0 && <span className="muted">{t('alerts.keys.or')}</span>}
                      <kbd>{key}</kbd>
                    </Fragment>
                  ))}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('alerts.keys.bulkHint')}</p>
    </ModalDialog>
  );
}
