import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FileUp } from 'lucide-react';
import { TextField } from '../settings/TextField';

/** A PEM public key is a few hundred bytes; anything far larger is not one. */
const MAX_KEY_FILE_BYTES = 64 * 1024;

interface PublisherKeyFieldProps {
  value: string;
  onChange: (pem: string) => void;
  error: string | null;
}

/** The publisher's public key, pasted or loaded from a .pem file. */
export function PublisherKeyField({ value, onChange, error }: PublisherKeyFieldProps) {
  const { t } = useTranslation();
  const [fileError, setFileError] = useState<string | null>(null);

  const load = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      if (file.size > MAX_KEY_FILE_BYTES) throw new Error(`${file.name}: ${file.size} bytes`);
      onChange(await file.text());
      setFileError(null);
    } catch (failure) {
      setFileError(t('sources.dialog.keyFileFailed', { message: (failure as Error).message }));
    }
  };

  return (
    <div className="form-field">
      <TextField
        label={t('sources.dialog.key')}
        value={value}
        onChange={onChange}
        rows={4}
        code
        hint={t('sources.dialog.keyHint')}
        error={error}
      />
      {/* The input itself is hidden so the button reads in the UI language, not the browser's. */}
      <label className="button file-button">
        <FileUp aria-hidden="true" size={14} />
        {t('sources.dialog.loadKeyFile')}
        <input
          type="file"
          className="visually-hidden"
          accept=".pem,.pub,.txt,.key,application/x-pem-file,text/plain"
          onChange={(event) => void load(event)}
        />
      </label>
      {fileError && (
        <p className="error-text form-field__message" role="alert">
          {fileError}
        </p>
      )}
    </div>
  );
}
