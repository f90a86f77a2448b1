import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRecord, UserRole } from '../db/records';
import { createUser, UserNameError } from './userStore';

interface CreateUserFormProps {
  /** Checked before the profile is written (the lock screen's passphrase); false stops it. */
  authorize?: () => Promise<boolean>;
  onCreated: (user: UserRecord) => void;
}

/** Name and role of a new local profile. */
export function CreateUserForm({ authorize, onCreated }: CreateUserFormProps) {
  const { t } = useTranslation();
  const nameId = useId();
  const roleId = useId();
  const [name, setName] = useState('');
  const [role, setRole] = useState<UserRole>('examiner');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (authorize && !(await authorize())) return;
    try {
      onCreated(await createUser(name, role));
      setName('');
      setProblem(null);
    } catch (error) {
      setProblem(
        error instanceof UserNameError ? t(`users.problems.${error.problem}`) : String(error),
      );
    }
  };

  return (
    <form className="users-form" onSubmit={(event) => void submit(event)}>
      <div className="form-field">
        <label className="form-field__label" htmlFor={nameId}>
          {t('users.name')}
        </label>
        <input
          id={nameId}
          className="form-field__input"
          value={name}
          onChange={(event) => setName(event.target.value)}
          autoComplete="off"
        />
      </div>
      <div className="form-field">
        <label className="form-field__label" htmlFor={roleId}>
          {t('users.role')}
        </label>
        <select
          id={roleId}
          className="form-field__input"
          value={role}
          onChange={(event) => setRole(event.target.value as UserRole)}
        >
          <option value="examiner">{t('users.roles.examiner')}</option>
          <option value="compliance_officer">{t('users.roles.compliance_officer')}</option>
        </select>
      </div>
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="button button--primary">
        {t('users.create')}
      </button>
    </form>
  );
}
