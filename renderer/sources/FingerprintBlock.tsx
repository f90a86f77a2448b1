import { fingerprintRows, formatFingerprint } from './fingerprint';
import './sources.css';

interface FingerprintBlockProps {
  fingerprint: string;
  /** Names the block for screen readers, e.g. "Key fingerprint (SHA-256)". */
  label: string;
  /** Smaller, for a table cell. */
  compact?: boolean;
}

/**
 * A fingerprint as numbered rows of four-digit groups, easy to read aloud and compare.
 * Screen readers get the same groups as one line instead of the visual grid.
 */
export function FingerprintBlock({ fingerprint, label, compact = false }: FingerprintBlockProps) {
  return (
    <div
      className={compact ? 'fingerprint fingerprint--compact' : 'fingerprint'}
      role="group"
      aria-label={label}
    >
      <div aria-hidden="true">
        {fingerprintRows(fingerprint).map((row, index) => (
          <div key={index} className="fingerprint__row">
            <span className="fingerprint__number">{index + 1}</span>
            {row.map((group, column) => (
              <span key={column} className="fingerprint__group">
                {group}
              </span>
            ))}
          </div>
        ))}
      </div>
      <span className="visually-hidden">{formatFingerprint(fingerprint)}</span>
    </div>
  );
}
