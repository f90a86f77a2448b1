import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FolderOpen } from 'lucide-react';
import type { FolderGrant } from '../../shared/host/hostApi';
import { host } from '../host';
import { messageOf } from '../keys/keyErrorMessage';

interface FolderPickerProps {
  folder: FolderGrant | null;
  onChange: (folder: FolderGrant) => void;
  error: string | null;
}

/** Asks the host for a folder (a native dialog, or the browser's directory picker). */
export function FolderPicker({ folder, onChange, error }: FolderPickerProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const [failure, setFailure] = useState<string | null>(null);
  const choose = async () => {
    try {
      const grant = await host.chooseFolder();
      setFailure(null);
      if (grant) onChange(grant);
    } catch (chooseFailure) {
      setFailure(t('sources.dialog.folderFailed', { message: messageOf(chooseFailure) }));
    }
  };
  const shownError = failure ?? error;
  return (
    <div className="form-field" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="form-field__label">
        {t('sources.dialog.folder')}
      </span>
      <div className="folder-picker">
        <button type="button" className="button" onClick={() => void choose()}>
          <FolderOpen aria-hidden="true" size={14} />
          {folder ? t('sources.dialog.changeFolder') : t('sources.dialog.chooseFolder')}
        </button>
        <span className={folder ? 'code-text' : 'muted'}>
          {folder ? folder.label : t('sources.dialog.noFolder')}
        </span>
      </div>
      {shownError && (
        <p className="error-text form-field__message" role="alert">
          {shownError}
        </p>
      )}
    </div>
  );
}
