import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Plus, Trash2 } from 'lucide-react';
import { useFormat } from '../i18n/useFormat';
import { ConfirmRemovalDialog } from '../settings/ConfirmRemovalDialog';
import { removeIdentity } from './identities';
import { ImportIdentityDialog } from './ImportIdentityDialog';
import { keyErrorMessage } from './keyErrorMessage';
import type { KeySummary } from './keyring';
import { UnlockKeysDialog } from './UnlockKeysDialog';
import './keys.css';

/** Identities the bureau issued (label and recipient), with Import and Remove. */
interface ImportedIdentitiesProps {
  identities: KeySummary[];
  /** Passphrase-protected keys not yet unlocked: importing asks for the passphrase first. */
  locked: boolean;
}

export function ImportedIdentities({ identities, locked }: ImportedIdentitiesProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [dialog, setDialog] = useState<'import' | 'unlock' | null>(null);
  const [removing, setRemoving] = useState<KeySummary | null>(null);
  const close = () => setDialog(null);
  return (
    <div className="key-details__item">
      <h3 className="key-details__title">{t('keys.imported.title')}</h3>
      <p className="muted">{t('keys.imported.explanation')}</p>
      {identities.length === 0 ? (
        <p>{t('keys.imported.empty')}</p>
      ) : (
        <table className="table identity-list">
          <thead>
            <tr>
              <th scope="col">{t('keys.imported.label')}</th>
              <th scope="col">{t('keys.imported.recipient')}</th>
              <th scope="col">{t('keys.imported.added')}</th>
              <th scope="col" className="identity-list__actions">
                {t('keys.imported.actions')}
              </th>
            </tr>
          </thead>
          <tbody>
            {identities.map((identity) => (
              <tr key={identity.name}>
                <td>{identity.label}</td>
                <td className="identity-list__recipient">{identity.publicPart}</td>
                <td className="nowrap">{format.dateTime(identity.createdAt)}</td>
                <td className="identity-list__actions">
                  <button
                    type="button"
                    className="button"
                    aria-label={t('keys.imported.removeNamed', { label: identity.label ?? '' })}
                    onClick={() => setRemoving(identity)}
                  >
                    <Trash2 aria-hidden="true" size={14} />
                    {t('keys.imported.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button
        type="button"
        className="button"
        onClick={() => setDialog(locked ? 'unlock' : 'import')}
      >
        <Plus aria-hidden="true" size={14} />
        {t('keys.imported.import')}
      </button>
      <ImportIdentityDialog
        open={dialog === 'import'}
        onClose={close}
        onLocked={() => setDialog('unlock')}
      />
      <UnlockKeysDialog
        open={dialog === 'unlock'}
        onClose={close}
        onUnlocked={() => setDialog('import')}
      />
      <ConfirmRemovalDialog
        open={removing !== null}
        title={t('keys.removeDialog.title')}
        body={t('keys.removeDialog.body', { label: removing?.label ?? '' })}
        confirmLabel={t('keys.removeDialog.confirm')}
        cancelLabel={t('keys.removeDialog.cancel')}
        onConfirm={() => (removing ? removeIdentity(removing.name) : Promise.resolve())}
        describeError={(error) => keyErrorMessage(t, error)}
        onClose={() => setRemoving(null)}
      />
    </div>
  );
}
