import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface SnoozeUntilDateProps {
  /** Today in Beijing time, `YYYY-MM-DD`: the earliest date is the day after. */
  today: string;
  onChoose: (date: string) => void;
}

/** A date to snooze until, besides the snooze dialog's quick choices. */
export function SnoozeUntilDate({ today, onChoose }: SnoozeUntilDateProps) {
  const { t } = useTranslation();
  const id = useId();
  const [date, setDate] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      className="snooze-date"
      onSubmit={(event) => {
        event.preventDefault();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) setProblem(t('alerts.snoozeDate.missing'));
        else if (date <= today) setProblem(t('alerts.snoozeDate.notAfterToday', { today }));
        else onChoose(date);
      }}
    >
      <label htmlFor={id} className="form-field__label">
        {t('alerts.snoozeDate.label')}
      </label>
      <div className="snooze-date__row">
        <input
          id={id}
          type="date"
          className="form-field__input"
          value={date}
          aria-invalid={problem !== null}
          onChange={(event) => {
            setDate(event.target.value);
            setProblem(null);
          }}
        />
        <button type="submit" className="button">
          {t('alerts.snoozeDate.submit')}
        </button>
      </div>
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
