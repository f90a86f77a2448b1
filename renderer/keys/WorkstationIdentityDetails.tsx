import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ed25519PublicKeyFromPem,
  publicKeyFingerprint,
} from '../../shared/crypto/ed25519PublicKey';
import { FingerprintBlock } from '../sources/FingerprintBlock';
import { CopyButton } from './CopyButton';
import type { KeySummary } from './keyring';
import './keys.css';

interface WorkstationIdentityDetailsProps {
  identity: KeySummary;
  signing: KeySummary | null;
}

/** The public halves of the workstation's keys: what to register with the sandbox. */
export function WorkstationIdentityDetails({ identity, signing }: WorkstationIdentityDetailsProps) {
  const { t } = useTranslation();
  const signingFingerprint = useMemo(
    () => (signing ? publicKeyFingerprint(ed25519PublicKeyFromPem(signing.publicPart)) : null),
    [signing],
  );
  return (
    <div className="key-details">
      <RecipientBlock
        title={t('keys.recipient.title')}
        recipient={identity.publicPart}
        hint={t('keys.recipient.hint')}
      />
      {signing && signingFingerprint && (
        <div className="key-details__item">
          <h3 className="key-details__title">{t('keys.signing.title')}</h3>
          <FingerprintBlock fingerprint={signingFingerprint} label={t('keys.signing.title')} />
          <p className="muted">{t('keys.signing.hint')}</p>
          <div>
            <CopyButton text={signing.publicPart} label={t('keys.signing.copyPem')} />
          </div>
        </div>
      )}
    </div>
  );
}

interface RecipientBlockProps {
  title: string;
  recipient: string;
  hint: string;
}

/** An `age1…` recipient, selectable as one piece, with a copy button. */
export function RecipientBlock({ title, recipient, hint }: RecipientBlockProps) {
  const { t } = useTranslation();
  return (
    <div className="key-details__item">
      <h3 className="key-details__title">{title}</h3>
      <p className="recipient" data-testid="workstation-recipient">
        {recipient}
      </p>
      <p className="muted">{hint}</p>
      <div>
        <CopyButton text={recipient} label={t('keys.copyRecipient')} />
      </div>
    </div>
  );
}
