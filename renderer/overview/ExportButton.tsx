import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImageDown } from 'lucide-react';
import { savePng } from './exportPng';

interface ExportButtonProps {
  /** What is exported, for the button's accessible name. */
  what: string;
  fileName: string;
  dataUrl: () => string | null;
}

/** Exports a map or chart as PNG through the host's save path, and says where it went. */
export function ExportButton({ what, fileName, dataUrl }: ExportButtonProps) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  const run = async () => {
    const url = dataUrl();
    if (!url) {
      setMessage(t('overview.export.notDrawn'));
      return;
    }
    try {
      const location = await savePng(url, fileName);
      setMessage(location ? t('overview.export.saved', { location }) : null);
    } catch (error) {
      setMessage(t('overview.export.failed', { message: (error as Error).message }));
    }
  };
  return (
    <>
      <button
        type="button"
        className="button button--small"
        onClick={() => void run()}
        aria-label={t('overview.export.label', { what })}
      >
        <ImageDown aria-hidden="true" size={14} />
        PNG
      </button>
      <span className="overview-card__message" role="status">
        {message}
      </span>
    </>
  );
}
