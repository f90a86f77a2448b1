import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { ModalDialog } from './ModalDialog';
import { shortcutSheet, type ShortcutAction } from './shortcuts';

function KeyCombination({ keys }: { keys: string[] }) {
  return (
    <span className="shortcut-keys">
      {keys.map((key, index) => (
        <Fragment key={key}>
          {index > 0 && <span aria-hidden="true">+</span>}
          <kbd>{key}</kbd>
        </Fragment>
      ))}
    </span>
  );
}

/** The `?` sheet: every keyboard shortcut, grouped, in the UI language. */
export function ShortcutSheet() {
  const { t } = useTranslation();
  const open = useAppStore((state) => state.openDialog === 'shortcuts');
  const closeDialog = useAppStore((state) => state.closeDialog);
  const appInfo = useAppStore((state) => state.appInfo);
  const groups = shortcutSheet(appInfo?.host ?? 'browser', appInfo?.platform ?? '');

  const describe = (action: ShortcutAction): string => {
    switch (action.kind) {
      case 'go-to':
        return t('shortcuts.goTo', { page: t(`pages.${action.page}`) });
      case 'show-shortcuts':
        return t('shortcuts.showShortcuts');
      case 'lock-workstation':
        return t('shell.lockWorkstation');
      case 'close-dialog':
        return t('shortcuts.closeDialog');
    }
  };

  return (
    <ModalDialog open={open} title={t('shortcuts.title')} onClose={closeDialog}>
      {groups.map((group) => (
        <table key={group.id} className="table shortcut-table">
          <caption className="visually-hidden">{t(`shortcuts.groups.${group.id}`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t(`shortcuts.groups.${group.id}`)}</th>
              <th scope="col">{t('shortcuts.keysColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {group.rows.map((row) => (
              <tr key={describe(row.action)}>
                <td>{describe(row.action)}</td>
                <td>
                  <span className="shortcut-keys">
                    {row.keys.map((keys, index) => (
                      <Fragment key={keys.join('+')}>
                        {index > 0 && <span className="muted">{t('shortcuts.or')}</span>}
                        <KeyCombination keys={keys} />
                      </Fragment>
                    ))}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </ModalDialog>
  );
}
