import { useEffect, type ReactNode } from 'react';
import { ModalDialog } from '../shell/ModalDialog';

export interface Choice {
  value: string;
  label: string;
}

interface ChoiceDialogProps {
  open: boolean;
  title: string;
  /** What the choice applies to, e.g. "3 alerts selected". */
  subject?: ReactNode;
  choices: readonly Choice[];
  onChoose: (value: string) => void;
  onClose: () => void;
  children?: ReactNode;
}

/**
 * A short numbered list: pressing the digit (or clicking) picks an option, so a triage step
 * never needs the mouse. Up to nine options.
 */
export function ChoiceDialog({
  open,
  title,
  subject,
  choices,
  onChoose,
  onClose,
  children,
}: ChoiceDialogProps) {
  useEffect(() => {
    if (!open) return;
    const pickByDigit = (event: globalThis.KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey || event.repeat) return;
      if (event.target instanceof HTMLInputElement && event.target.type !== 'checkbox') return;
      const digit = Number(event.key);
      const choice = Number.isInteger(digit) && digit >= 1 ? choices[digit - 1] : undefined;
      if (!choice) return;
      event.preventDefault();
      event.stopPropagation();
      onChoose(choice.value);
    };
    window.addEventListener('keydown', pickByDigit, true);
    return () => window.removeEventListener('keydown', pickByDigit, true);
  }, [open, choices, onChoose]);
  return (
    <ModalDialog open={open} title={title} onClose={onClose}>
      <div className="choice-dialog">
        {subject && <p className="muted">{subject}</p>}
        <ol className="choice-dialog__list">
          {choices.map((choice, index) => (
            <li key={choice.value}>
              <button
                type="button"
                className="button choice-dialog__choice"
                onClick={() => onChoose(choice.value)}
                autoFocus={index === 0}
              >
                <kbd>{index + 1}</kbd>
                <span>{choice.label}</span>
              </button>
            </li>
          ))}
        </ol>
        {children}
      </div>
    </ModalDialog>
  );
}
