import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ShieldCheck } from 'lucide-react';
import { FingerprintBlock } from './FingerprintBlock';
import type { CheckedSource } from './sourceDraft';

interface FingerprintConfirmationProps {
  source: CheckedSource;
  /** The location as the user knows it: the address, or the folder's label. */
  locationLabel: string;
  busy: boolean;
  error: string | null;
  onBack: () => void;
  onSave: () => void;
}

/**
 * Step two: the fingerprint in readable groups, to compare with the one the bureau gave out of
 * band. Nothing is trusted on first use, so Save waits for the user to say they compared.
 */
export function FingerprintConfirmation({
  source,
  locationLabel,
  busy,
  error,
  onBack,
  onSave,
}: FingerprintConfirmationProps) {
  const { t } = useTranslation();
  const [compared, setCompared] = useState(false);
  const headingId = useId();
  return (
    <section className="form-stack" aria-labelledby={headingId}>
      <h3 id={headingId} className="confirm-heading">
        <ShieldCheck aria-hidden="true" size={18} />
        {t('sources.confirm.heading')}
      </h3>
      <dl className="definition-list source-summary">
        <dt>{t('sources.confirm.source')}</dt>
        <dd>{source.title}</dd>
        <dt>{t('sources.confirm.location')}</dt>
        <dd className="code-text">{locationLabel}</dd>
      </dl>
      <p>{t('sources.confirm.explanation')}</p>
      <div className="form-field">
        <span className="form-field__label">{t('sources.confirm.fingerprint')}</span>
        <FingerprintBlock
          fingerprint={source.fingerprint}
          label={t('sources.confirm.fingerprint')}
        />
      </div>
      <label className="checkbox-field">
        <input
          type="checkbox"
          checked={compared}
          onChange={(event) => setCompared(event.target.checked)}
        />
        <span>{t('sources.confirm.compared')}</span>
      </label>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <span role="status" className="muted form-actions__status">
          {busy ? t('sources.confirm.saving') : ''}
        </span>
        <button type="button" className="button" onClick={onBack}>
          {t('sources.confirm.back')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!compared || busy}
          onClick={onSave}
        >
          {t('sources.confirm.save')}
        </button>
      </div>
    </section>
  );
}
