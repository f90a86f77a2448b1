import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Eye } from 'lucide-react';
import type { DictionaryRecord, UserRecord } from '../db/records';
import { ChoiceDialog } from './ChoiceDialog';
import { MASK, REVEAL_REASONS, revealKey, revealPersonalField, useRevealed } from './personalData';

const PERSONAL_FIELDS = ['holder_masked', 'id_number_masked', 'phone_masked'] as const;
type PersonalField = (typeof PERSONAL_FIELDS)[number];

interface AccountsTableProps {
  dataset: string;
  accounts: DictionaryRecord<'accounts'>[];
  user: UserRecord | null;
  regionName: (code: string) => string;
  brokerName: (id: string) => string;
  onProblem: (error: unknown) => void;
}

/** The alert's accounts; personal fields stay masked until revealed with a reason. */
export function AccountsTable({ dataset, accounts, user, regionName, brokerName, onProblem }: AccountsTableProps) {
  const { t } = useTranslation();
  const isRevealed = useRevealed();
  const [asking, setAsking] = useState<{ account: string; field: PersonalField } | null>(null);

  const cell = (account: DictionaryRecord<'accounts'>, field: PersonalField) => {
    const value = account[field];
    if (value === null || value === undefined || value === '') return <span className="muted">—</span>;
    if (isRevealed(revealKey(dataset, account.id, field))) return <span>{value}</span>;
    return (
      <span className="masked">
        <span aria-label={t('alerts.masked')}>{MASK}</span>
        <button
          type="button"
          className="icon-button"
          disabled={!user}
          onClick={() => setAsking({ account: account.id, field })}
          aria-label={t('alerts.reveal.button', { field: t(`alerts.reveal.fields.${field}`), account: account.id })}
          title={t('alerts.reveal.button', { field: t(`alerts.reveal.fields.${field}`), account: account.id })}
        >
          <Eye aria-hidden="true" size={14} />
        </button>
      </span>
    );
  };

  return (
    <>
      <table className="table table--compact">
        <thead>
          <tr>
            <th scope="col">{t('alerts.accounts.id')}</th>
            <th scope="col">{t('alerts.accounts.region')}</th>
            <th scope="col">{t('alerts.accounts.broker')}</th>
            <th scope="col">{t('alerts.accounts.risk')}</th>
            {PERSONAL_FIELDS.map((field) => (
              <th key={field} scope="col">
                {t(`alerts.reveal.fields.${field}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.id}>
              <td className="mono">{account.id}</td>
              <td>{regionName(account.region)}</td>
              <td>{brokerName(account.broker)}</td>
              <td>{account.risk_level}</td>
              {PERSONAL_FIELDS.map((field) => (
                <td key={field}>{cell(account, field)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <ChoiceDialog
        open={asking !== null}
        title={t('alerts.reveal.title')}
        subject={asking ? t('alerts.reveal.subject', { field: t(`alerts.reveal.fields.${asking.field}`), account: asking.account }) : ''}
        choices={REVEAL_REASONS.map((reason) => ({ value: reason, label: t(`alerts.reveal.reasons.${reason}`) }))}
        onChoose={(reason) => {
          const target = asking;
          setAsking(null);
          if (!target || !user) return;
          revealPersonalField(dataset, target.account, target.field, reason as (typeof REVEAL_REASONS)[number], user).catch(onProblem);
        }}
        onClose={() => setAsking(null)}
      />
    </>
  );
}
