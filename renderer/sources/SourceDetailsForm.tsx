import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioGroup } from '../settings/RadioGroup';
import { TextField } from '../settings/TextField';
import { FolderPicker } from './FolderPicker';
import { PublisherKeyField } from './PublisherKeyField';
import type { AddableSourceKind, SourceFormField, SourceFormValues } from './sourceForm';

interface SourceDetailsFormProps {
  values: SourceFormValues;
  onChange: (values: SourceFormValues) => void;
  /** The last check's error, under the field it concerns. */
  error: { field: SourceFormField | null; message: string } | null;
  busy: boolean;
  onNext: () => void;
  onCancel: () => void;
}

/** Step one of adding a source: where the repository is, its name, and the publisher's key. */
export function SourceDetailsForm({
  values,
  onChange,
  error,
  busy,
  onNext,
  onCancel,
}: SourceDetailsFormProps) {
  const { t } = useTranslation();
  const errorFor = (field: SourceFormField) => (error?.field === field ? error.message : null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onNext();
  };
  return (
    <form className="form-stack" onSubmit={submit} noValidate>
      <RadioGroup<AddableSourceKind>
        legend={t('sources.dialog.kindLegend')}
        name="source-kind"
        value={values.kind}
        onChange={(kind) => onChange({ ...values, kind })}
        options={[
          {
            value: 'http',
            label: t('sources.dialog.kindHttp'),
            description: t('sources.dialog.kindHttpHint'),
          },
          {
            value: 'folder',
            label: t('sources.dialog.kindFolder'),
            description: t('sources.dialog.kindFolderHint'),
          },
        ]}
      />
      {values.kind === 'http' ? (
        <TextField
          label={t('sources.dialog.url')}
          type="url"
          value={values.url}
          onChange={(url) => onChange({ ...values, url })}
          code
          hint={t('sources.dialog.urlHint')}
          error={errorFor('location')}
          autoComplete="url"
          required
        />
      ) : (
        <FolderPicker
          folder={values.folder}
          onChange={(folder) => onChange({ ...values, folder })}
          error={errorFor('location')}
        />
      )}
      <TextField
        label={t('sources.dialog.name')}
        value={values.title}
        onChange={(title) => onChange({ ...values, title })}
        hint={t('sources.dialog.nameHint')}
        error={errorFor('title')}
        required
      />
      <PublisherKeyField
        value={values.publisherKeyPem}
        onChange={(publisherKeyPem) => onChange({ ...values, publisherKeyPem })}
        error={errorFor('key')}
      />
      {error && error.field === null && (
        <p className="error-text" role="alert">
          {error.message}
        </p>
      )}
      <div className="form-actions">
        <span role="status" className="muted form-actions__status">
          {busy ? t('sources.dialog.checking') : ''}
        </span>
        <button type="button" className="button" onClick={onCancel}>
          {t('sources.dialog.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('sources.dialog.next')}
        </button>
      </div>
    </form>
  );
}
