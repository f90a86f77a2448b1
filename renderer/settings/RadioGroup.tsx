import { useId } from 'react';

export interface RadioOption<V extends string> {
  value: V;
  label: string;
  /** Extra detail, read as the option's description rather than as part of its name. */
  description?: string;
  /** The option's own language, for names like "English" shown in a Chinese UI. */
  lang?: string;
}

interface RadioGroupProps<V extends string> {
  legend: string;
  name: string;
  value: V;
  options: RadioOption<V>[];
  onChange: (value: V) => void;
}

/** A real `<fieldset>` of radio inputs, each with its `<label>`. */
export function RadioGroup<V extends string>({
  legend,
  name,
  value,
  options,
  onChange,
}: RadioGroupProps<V>) {
  const idPrefix = useId();
  return (
    <fieldset className="radio-group">
      <legend>{legend}</legend>
      {options.map((option) => {
        const descriptionId = `${idPrefix}-${option.value}`;
        return (
          <label key={option.value} className="radio-group__option">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
              aria-describedby={option.description ? descriptionId : undefined}
            />
            <span lang={option.lang}>{option.label}</span>
            {option.description && (
              <span id={descriptionId} className="muted">
                {option.description}
              </span>
            )}
          </label>
        );
      })}
    </fieldset>
  );
}
