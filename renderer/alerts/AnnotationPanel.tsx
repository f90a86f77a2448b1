import { useCallback, useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Bold, Italic, List } from 'lucide-react';
import { TYPOLOGIES } from '../../shared/dictionary/tables';
import type { Typology } from '../../shared/dictionary/types';
import { SEVERITIES } from '../../shared/triage/lifecycle';
import { getDatabase } from '../db/database';
import type { AnnotationRecord, Severity, UserRecord } from '../db/records';
import { applyFormat, FormattedNote } from './noteFormat';
import { saveAnnotation, type AnnotationPatch } from './triageStore';

interface Fields {
  note: string;
  tags: string;
  severity: Severity | '';
  typology: Typology | '';
}

const AUTOSAVE_MS = 700;

function fieldsOf(annotation: AnnotationRecord | null): Fields {
  return {
    note: annotation?.note ?? '',
    tags: (annotation?.tags ?? []).join(', '),
    severity: annotation?.severity ?? '',
    typology: annotation?.typology ?? '',
  };
}

function patchOf(fields: Fields): AnnotationPatch {
  return {
    note: fields.note,
    tags: fields.tags
      .split(/[,，]/)
      .map((tag) => tag.trim())
      .filter((tag) => tag !== ''),
    severity: fields.severity === '' ? null : fields.severity,
    typology: fields.typology === '' ? null : fields.typology,
  };
}

export function draftKey(alertKey: string, userId: string): string {
  return `annotation:${alertKey}:${userId}`;
}

type SaveState = 'idle' | 'draft' | 'saving' | 'saved' | 'restored';

/**
 * The free-form part of an annotation: corrected typology, severity, tags and the note. Every
 * keystroke is kept as a draft in IndexedDB at once; the annotation itself (and its audit entry)
 * is saved when typing pauses, on leaving the alert, and when a saved draft is found on reload.
 */
export function AnnotationPanel({
  alertKey,
  annotation,
  user,
  noteRef,
  onProblem,
}: {
  alertKey: string;
  annotation: AnnotationRecord | null | undefined;
  user: UserRecord | null;
  noteRef: RefObject<HTMLTextAreaElement | null>;
  onProblem: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const ids = { note: useId(), tags: useId(), severity: useId(), typology: useId() };
  const [fields, setFields] = useState<Fields | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [preview, setPreview] = useState(false);
  const pending = useRef<{ fields: Fields; timer: ReturnType<typeof setTimeout> } | null>(null);
  const loadedFor = useRef<string | null>(null);

  const commit = useCallback(
    async (next: Fields) => {
      if (!user) return;
      setSaveState('saving');
      try {
        await saveAnnotation(alertKey, patchOf(next), user);
        await getDatabase().drafts.delete(draftKey(alertKey, user.id));
        setSaveState('saved');
      } catch (error) {
        onProblem(error);
        setSaveState('draft');
      }
    },
    [alertKey, user, onProblem],
  );

  const flush = useCallback(() => {
    const current = pending.current;
    if (!current) return;
    clearTimeout(current.timer);
    pending.current = null;
    void commit(current.fields);
  }, [commit]);

  // Load once per alert and user: the saved annotation, or a newer draft left by a crash or reload.
  useEffect(() => {
    if (annotation === undefined) return;
    const loadKey = `${alertKey}|${user?.id ?? ''}`;
    if (loadedFor.current === loadKey) return;
    loadedFor.current = loadKey;
    const draftRead = user
      ? getDatabase().drafts.get(draftKey(alertKey, user.id))
      : Promise.resolve(undefined);
    void draftRead.then((draft) => {
      if (loadedFor.current !== loadKey) return;
      setPreview(false);
      if (draft && (!annotation || draft.updatedAt > annotation.updatedAt)) {
        const restored = { ...fieldsOf(annotation), ...(draft.value as Partial<Fields>) };
        setFields(restored);
        setSaveState('restored');
        void commit(restored);
      } else {
        setFields(fieldsOf(annotation));
        setSaveState('idle');
      }
    });
  }, [alertKey, user, annotation, commit]);

  // Leaving the alert (or the page) saves what is pending.
  useEffect(() => () => flush(), [alertKey, flush]);

  const change = (patch: Partial<Fields>) => {
    if (!fields || !user) return;
    const next = { ...fields, ...patch };
    setFields(next);
    setSaveState('draft');
    void getDatabase().drafts.put({
      key: draftKey(alertKey, user.id),
      value: { ...next },
      updatedAt: new Date().toISOString(),
    });
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = { fields: next, timer: setTimeout(flush, AUTOSAVE_MS) };
  };

  const format = (kind: 'bold' | 'italic' | 'list') => {
    const area = noteRef.current;
    if (!area || !fields) return;
    const { text, cursor } = applyFormat(fields.note, area.selectionStart, area.selectionEnd, kind);
    change({ note: text });
    requestAnimationFrame(() => {
      area.focus();
      area.setSelectionRange(cursor, cursor);
    });
  };

  if (!fields) return null;
  const disabled = !user;
  return (
    <div className="annotation">
      <div className="annotation__row">
        <div className="form-field">
          <label className="form-field__label" htmlFor={ids.typology}>
            {t('alerts.annotation.typology')}
          </label>
          <select
            id={ids.typology}
            className="form-field__input"
            disabled={disabled}
            value={fields.typology}
            onChange={(event) => change({ typology: event.target.value as Typology | '' })}
          >
            <option value="">{t('alerts.annotation.typologyAsAlerted')}</option>
            {TYPOLOGIES.map((typology) => (
              <option key={typology} value={typology}>
                {t(`typology.${typology}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label className="form-field__label" htmlFor={ids.severity}>
            {t('alerts.annotation.severity')}
          </label>
          <select
            id={ids.severity}
            className="form-field__input"
            disabled={disabled}
            value={fields.severity}
            onChange={(event) => change({ severity: event.target.value as Severity | '' })}
          >
            <option value="">{t('alerts.annotation.severityNone')}</option>
            {SEVERITIES.map((severity) => (
              <option key={severity} value={severity}>
                {t(`alerts.severity.${severity}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field annotation__tags">
          <label className="form-field__label" htmlFor={ids.tags}>
            {t('alerts.annotation.tags')}
          </label>
          <input
            id={ids.tags}
            className="form-field__input"
            disabled={disabled}
            value={fields.tags}
            placeholder={t('alerts.annotation.tagsHint')}
            onChange={(event) => change({ tags: event.target.value })}
          />
        </div>
      </div>
      <div className="form-field">
        <div className="annotation__note-head">
          <label className="form-field__label" htmlFor={ids.note}>
            {t('alerts.annotation.note')}
          </label>
          <div
            className="annotation__toolbar"
            role="toolbar"
            aria-label={t('alerts.annotation.formatting')}
          >
            <button
              type="button"
              className="icon-button"
              disabled={disabled}
              onClick={() => format('bold')}
              aria-label={t('alerts.annotation.bold')}
              title={t('alerts.annotation.bold')}
            >
              <Bold aria-hidden="true" size={14} />
            </button>
            <button
              type="button"
              className="icon-button"
              disabled={disabled}
              onClick={() => format('italic')}
              aria-label={t('alerts.annotation.italic')}
              title={t('alerts.annotation.italic')}
            >
              <Italic aria-hidden="true" size={14} />
            </button>
            <button
              type="button"
              className="icon-button"
              disabled={disabled}
              onClick={() => format('list')}
              aria-label={t('alerts.annotation.list')}
              title={t('alerts.annotation.list')}
            >
              <List aria-hidden="true" size={14} />
            </button>
            <button
              type="button"
              className="button"
              aria-pressed={preview}
              onClick={() => setPreview(!preview)}
            >
              {t('alerts.annotation.preview')}
            </button>
          </div>
        </div>
        {preview ? (
          <div className="annotation__preview">
            <FormattedNote text={fields.note} />
          </div>
        ) : (
          <textarea
            id={ids.note}
            ref={noteRef}
            className="form-field__input annotation__note"
            rows={5}
            disabled={disabled}
            value={fields.note}
            onChange={(event) => change({ note: event.target.value })}
            onBlur={flush}
            onKeyDown={(event) => {
              if (event.key === 'Escape') event.currentTarget.blur();
            }}
          />
        )}
        <p className="annotation__save muted" role="status">
          {saveState === 'idle' ? '' : t(`alerts.annotation.saveState.${saveState}`)}
        </p>
      </div>
    </div>
  );
}
