import { useId, type ReactNode } from 'react';
import './forms.css';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'password' | 'url';
  /** A multi-line `<textarea>` with this many rows instead of an `<input>`. */
  rows?: number;
  hint?: ReactNode;
  /** Shown under the field and announced (so set it on submit, not per keystroke); marks the field invalid. */
  error?: string | null;
  autoComplete?: string;
  /** Monospace, no spell checking: for keys, addresses and secrets. */
  code?: boolean;
  autoFocus?: boolean;
  required?: boolean;
}

/** A labelled input with its hint and error tied to it, so screen readers read all three. */
export function TextField({
  label,
  value,
  onChange,
  type = 'text',
  rows,
  hint,
  error,
  autoComplete = 'off',
  code = false,
  autoFocus = false,
  required = false,
}: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ');
  const common = {
    id,
    value,
    autoComplete,
    autoFocus,
    required,
    spellCheck: !code,
    className: code ? 'form-field__input form-field__input--code' : 'form-field__input',
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
  };
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {rows === undefined ? (
        <input {...common} type={type} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <textarea {...common} rows={rows} onChange={(event) => onChange(event.target.value)} />
      )}
      {error && (
        <p id={errorId} className="error-text form-field__message" role="alert">
          {error}
        </p>
      )}
      {hint && (
        <p id={hintId} className="muted form-field__message">
          {hint}
        </p>
      )}
    </div>
  );
}
