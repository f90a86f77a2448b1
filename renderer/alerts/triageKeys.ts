/**
 * Keyboard triage: which key does what in the queue. One table serves the key handler and the
 * `?` sheet, so the sheet never lists a key that does nothing.
 */
import type { TriageDisposition } from '../../shared/triage/disposition';

export type TriageCommand =
  | { kind: 'move'; by: number; extend: boolean }
  | { kind: 'toggle-select' }
  | { kind: 'open' }
  | { kind: 'disposition'; disposition: TriageDisposition }
  /** Choose the disposition first (the bulk bar's button), then its reason. */
  | { kind: 'pick-disposition' }
  | { kind: 'start-review' }
  | { kind: 'escalate' }
  | { kind: 'close' }
  | { kind: 'reopen' }
  | { kind: 'assign' }
  | { kind: 'assign-me' }
  | { kind: 'note' }
  | { kind: 'snooze' }
  | { kind: 'search' }
  | { kind: 'shortcuts' }
  | { kind: 'clear-selection' }
  | { kind: 'graph' }
  | { kind: 'review-next' };

export interface TriageShortcut {
  keys: string[];
  command: TriageCommand;
  /** i18n key under `alerts.keys`. */
  label: string;
}

export const TRIAGE_SHORTCUTS: readonly TriageShortcut[] = [
  { keys: ['J', '↓'], command: { kind: 'move', by: 1, extend: false }, label: 'next' },
  { keys: ['K', '↑'], command: { kind: 'move', by: -1, extend: false }, label: 'previous' },
  { keys: ['Shift+J', 'Shift+↓'], command: { kind: 'move', by: 1, extend: true }, label: 'extendDown' },
  { keys: ['Shift+K', 'Shift+↑'], command: { kind: 'move', by: -1, extend: true }, label: 'extendUp' },
  { keys: ['X'], command: { kind: 'toggle-select' }, label: 'toggleSelect' },
  { keys: ['Enter', 'O'], command: { kind: 'open' }, label: 'open' },
  { keys: ['1'], command: { kind: 'disposition', disposition: 'true_positive' }, label: 'truePositive' },
  { keys: ['2'], command: { kind: 'disposition', disposition: 'false_positive' }, label: 'falsePositive' },
  { keys: ['3'], command: { kind: 'disposition', disposition: 'inconclusive' }, label: 'inconclusive' },
  { keys: ['4'], command: { kind: 'disposition', disposition: 'duplicate' }, label: 'duplicate' },
  { keys: ['R'], command: { kind: 'start-review' }, label: 'startReview' },
  { keys: ['E'], command: { kind: 'escalate' }, label: 'escalate' },
  { keys: ['C'], command: { kind: 'close' }, label: 'close' },
  { keys: ['Shift+R'], command: { kind: 'reopen' }, label: 'reopen' },
  { keys: ['A'], command: { kind: 'assign' }, label: 'assign' },
  { keys: ['M'], command: { kind: 'assign-me' }, label: 'assignMe' },
  { keys: ['N'], command: { kind: 'note' }, label: 'note' },
  { keys: ['S'], command: { kind: 'snooze' }, label: 'snooze' },
  { keys: ['G'], command: { kind: 'graph' }, label: 'graph' },
  { keys: ['U'], command: { kind: 'review-next' }, label: 'reviewNext' },
  { keys: ['/'], command: { kind: 'search' }, label: 'search' },
  { keys: ['Esc'], command: { kind: 'clear-selection' }, label: 'clearSelection' },
  { keys: ['?'], command: { kind: 'shortcuts' }, label: 'shortcuts' },
];

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

/** The command for a key press in the queue, or null for keys triage leaves alone. */
export function triageCommand(press: KeyPress): TriageCommand | null {
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  const shift = press.shiftKey;
  switch (key) {
    case 'j':
    case 'ArrowDown':
      return { kind: 'move', by: 1, extend: shift };
    case 'k':
    case 'ArrowUp':
      return { kind: 'move', by: -1, extend: shift };
    case 'PageDown':
      return { kind: 'move', by: 10, extend: shift };
    case 'PageUp':
      return { kind: 'move', by: -10, extend: shift };
    case 'x':
      return { kind: 'toggle-select' };
    case 'Enter':
    case 'o':
      return { kind: 'open' };
    case '1':
      return { kind: 'disposition', disposition: 'true_positive' };
    case '2':
      return { kind: 'disposition', disposition: 'false_positive' };
    case '3':
      return { kind: 'disposition', disposition: 'inconclusive' };
    case '4':
      return { kind: 'disposition', disposition: 'duplicate' };
    case 'r':
      return shift ? { kind: 'reopen' } : { kind: 'start-review' };
    case 'e':
      return { kind: 'escalate' };
    case 'c':
      return { kind: 'close' };
    case 'a':
      return { kind: 'assign' };
    case 'm':
      return { kind: 'assign-me' };
    case 'n':
      return { kind: 'note' };
    case 's':
      return { kind: 'snooze' };
    case 'g':
      return { kind: 'graph' };
    case 'u':
      return { kind: 'review-next' };
    case '/':
      return { kind: 'search' };
    case '?':
      return { kind: 'shortcuts' };
    case 'Escape':
      return { kind: 'clear-selection' };
    default:
      return null;
  }
}

/** True when the key press is aimed at a text field, where triage keys must not fire. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['radio', 'checkbox', 'button', 'submit'].includes(target.type)
  );
}
