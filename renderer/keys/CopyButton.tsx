import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Copy } from 'lucide-react';

interface CopyButtonProps {
  text: string;
  label: string;
}

/** Copies public text (never a secret) to the clipboard and says whether it worked. */
export function CopyButton({ text, label }: CopyButtonProps) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
    }
  };
  return (
    <span className="copy-button">
      <button type="button" className="button" onClick={() => void copy()}>
        <Copy aria-hidden="true" size={14} />
        {label}
      </button>
      <span role="status" className={outcome === 'failed' ? 'error-text' : 'muted'}>
        {outcome === 'copied' ? t('keys.copied') : outcome === 'failed' ? t('keys.copyFailed') : ''}
      </span>
    </span>
  );
}
