import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Timer } from 'lucide-react';
import { Card } from '../shell/Card';
import { settingsHeadingId } from './sections';
import { useAppStore } from '../store';
import { IDLE_MINUTES_MAX, IDLE_MINUTES_MIN, parseIdleMinutes } from './idleMinutes';
import { useSaveSetting } from './useSaveSetting';

/** Idle minutes before the workspace is hidden: checked as typed, stored on Save. */
export function SessionSection() {
  const { t } = useTranslation();
  const stored = useAppStore((state) => state.preferences.idleLockMinutes);
  const [input, setInput] = useState(String(stored));
  const [saved, setSaved] = useState(false);
  const { save, error } = useSaveSetting();
  const fieldId = useId();
  const hintId = useId();
  const errorId = useId();
  const bounds = { min: IDLE_MINUTES_MIN, max: IDLE_MINUTES_MAX };
  const minutes = parseIdleMinutes(input);
  const invalid = minutes === null;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (minutes === null) return;
    setSaved(await save('idleLockMinutes', minutes));
  };

  return (
    <Card title={t('settings.session.title')} icon={Timer} headingId={settingsHeadingId('session')}>
      <form className="settings-form" onSubmit={(event) => void submit(event)} noValidate>
        <label htmlFor={fieldId}>{t('settings.session.label')}</label>
        <div className="settings-form__row">
          <input
            id={fieldId}
            type="number"
            inputMode="numeric"
            min={IDLE_MINUTES_MIN}
            max={IDLE_MINUTES_MAX}
            step={1}
            value={input}
            onChange={(event) => {
              setInput(event.target.value);
              setSaved(false);
            }}
            aria-invalid={invalid}
            aria-describedby={invalid ? `${errorId} ${hintId}` : hintId}
          />
          <button type="submit" className="button" disabled={invalid || minutes === stored}>
            {t('settings.session.save')}
          </button>
          <span role="status" className="muted">
            {saved ? t('settings.session.saved') : ''}
          </span>
        </div>
        {invalid && (
          <p id={errorId} className="error-text">
            {t('settings.session.invalid', bounds)}
          </p>
        )}
        <p id={hintId} className="muted">
          {t('settings.session.hint', bounds)}
        </p>
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
      </form>
    </Card>
  );
}
