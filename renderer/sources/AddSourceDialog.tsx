import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { host } from '../host';
import { ModalDialog } from '../shell/ModalDialog';
import { FingerprintConfirmation } from './FingerprintConfirmation';
import { SourceDetailsForm } from './SourceDetailsForm';
import { sourceErrorMessage } from './sourceErrorMessage';
import {
  EMPTY_SOURCE_FORM,
  fieldOfError,
  sourceDraftOf,
  type SourceFormField,
  type SourceFormValues,
} from './sourceForm';
import { SourceError, addSource, listSources, prepareSource, type CheckedSource } from './sources';
import '../settings/forms.css';

interface AddSourceDialogProps {
  open: boolean;
  onClose: () => void;
}

/** Adds a source in two steps: its details, then the fingerprint comparison before anything is saved. */
export function AddSourceDialog({ open, onClose }: AddSourceDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalDialog open={open} title={t('sources.dialog.title')} onClose={onClose}>
      {open && <AddSourceFlow onDone={onClose} />}
    </ModalDialog>
  );
}

type FieldError = { field: SourceFormField | null; message: string };

function AddSourceFlow({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<SourceFormValues>(EMPTY_SOURCE_FORM);
  const [checked, setChecked] = useState<CheckedSource | null>(null);
  const [error, setError] = useState<FieldError | null>(null);
  const [busy, setBusy] = useState(false);
  useForgetUnsavedFolder(values.folder?.id ?? null);

  const describe = (failure: unknown): FieldError => ({
    field: failure instanceof SourceError ? fieldOfError(failure.code) : null,
    message: sourceErrorMessage(t, failure),
  });

  const check = async () => {
    setBusy(true);
    try {
      setChecked(await prepareSource(sourceDraftOf(values)));
      setError(null);
    } catch (failure) {
      setError(describe(failure));
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    setBusy(true);
    try {
      await addSource(sourceDraftOf(values));
      onDone();
    } catch (failure) {
      setError(describe(failure));
    } finally {
      setBusy(false);
    }
  };

  if (checked)
    return (
      <FingerprintConfirmation
        source={checked}
        locationLabel={values.kind === 'http' ? checked.location : (values.folder?.label ?? '')}
        busy={busy}
        error={error?.message ?? null}
        onBack={() => {
          setChecked(null);
          setError(null);
        }}
        onSave={() => void save()}
      />
    );
  return (
    <SourceDetailsForm
      values={values}
      onChange={setValues}
      error={error}
      busy={busy}
      onNext={() => void check()}
      onCancel={onDone}
    />
  );
}

/** A folder chosen and then replaced, or chosen for a source never saved, leaves no grant behind. */
function useForgetUnsavedFolder(grantId: string | null) {
  useEffect(() => {
    if (grantId === null) return;
    return () => void forgetUnlessUsed(grantId);
  }, [grantId]);
}

async function forgetUnlessUsed(grantId: string): Promise<void> {
  const sources = await listSources();
  if (sources.some((source) => source.kind === 'folder' && source.location === grantId)) return;
  await host.forgetFolder(grantId);
}
