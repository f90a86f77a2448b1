import { useTranslation } from 'react-i18next';
import { TextField } from '../settings/TextField';
import { MIN_PASSPHRASE_LENGTH, type NewPassphraseProblem } from './passphrasePolicy';

export interface NewPassphrase {
  passphrase: string;
  confirmation: string;
}

interface NewPassphraseFieldsProps {
  value: NewPassphrase;
  onChange: (value: NewPassphrase) => void;
  /** The problem found when the form was last submitted. */
  problem: NewPassphraseProblem | null;
  autoFocus?: boolean;
}

/** A new passphrase typed twice, with the rule it must meet. */
export function NewPassphraseFields({
  value,
  onChange,
  problem,
  autoFocus,
}: NewPassphraseFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t('keys.passphrase.new')}
        type="password"
        value={value.passphrase}
        onChange={(passphrase) => onChange({ ...value, passphrase })}
        autoComplete="new-password"
        hint={t('keys.passphrase.hint', { min: MIN_PASSPHRASE_LENGTH })}
        error={
          problem === 'too-short'
            ? t('keys.passphrase.tooShort', { min: MIN_PASSPHRASE_LENGTH })
            : null
        }
        autoFocus={autoFocus}
        required
      />
      <TextField
        label={t('keys.passphrase.confirm')}
        type="password"
        value={value.confirmation}
        onChange={(confirmation) => onChange({ ...value, confirmation })}
        autoComplete="new-password"
        error={problem === 'mismatch' ? t('keys.passphrase.mismatch') : null}
        required
      />
    </>
  );
}
