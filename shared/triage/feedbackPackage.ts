/**
 * The feedback package of sandbox-spec §4, in its pure parts: which dispositions go, the NDJSON
 * lines (notes only when the user ticked them in) and the manifest. Compression, encryption to
 * the sandbox's recipient and signing happen in the renderer.
 */
import { canonicalJson } from '../audit/canonicalJson';
import type { Typology } from '../dictionary/types';
import type { TriageDisposition } from './disposition';
import { feedbackDisposition } from './disposition';
import type { TriageSeverity } from './lifecycle';

export const FEEDBACK_FORMAT = 'workstation-feedback/1';
export const FEEDBACK_FILE = 'feedback.ndjson.gz.age';

export interface FeedbackSource {
  alertId: string;
  disposition: TriageDisposition | null;
  /** The corrected typology, when the examiner changed it. */
  typology: Typology | null;
  severity: TriageSeverity | null;
  note: string;
  /** When the disposition was given. */
  updatedAt: string;
}

export interface FeedbackLine {
  alert: string;
  disposition: 'true_positive' | 'false_positive' | 'inconclusive';
  typology?: Typology;
  severity?: TriageSeverity;
  analyst: string;
  ts: string;
  note?: string;
}

/**
 * One line per dispositioned alert, in alert id order; duplicates and undecided alerts stay
 * home, and so do notes unless `includeNotes`.
 */
export function feedbackLines(
  sources: readonly FeedbackSource[],
  analyst: string,
  includeNotes: boolean,
): FeedbackLine[] {
  return sources
    .flatMap((source): FeedbackLine[] => {
      const disposition = source.disposition && feedbackDisposition(source.disposition);
      if (!disposition) return [];
      return [
        {
          alert: source.alertId,
          disposition,
          ...(source.typology ? { typology: source.typology } : {}),
          ...(source.severity ? { severity: source.severity } : {}),
          analyst,
          ts: source.updatedAt,
          ...(includeNotes && source.note.trim() !== '' ? { note: source.note } : {}),
        },
      ];
    })
    .sort((a, b) => (a.alert < b.alert ? -1 : a.alert > b.alert ? 1 : 0));
}

export function feedbackNdjson(lines: readonly FeedbackLine[]): string {
  return lines.map((line) => `${canonicalJson(line)}\n`).join('');
}

export interface FeedbackManifest {
  format: typeof FEEDBACK_FORMAT;
  dataset: string;
  version: number;
  created: string;
  /** Hex SHA-256 fingerprint of the workstation's signing key. */
  workstation: string;
  count: number;
  notesIncluded: boolean;
  files: { path: string; bytes: number; sha256: string }[];
}

export function feedbackManifest(input: Omit<FeedbackManifest, 'format'>): FeedbackManifest {
  return { format: FEEDBACK_FORMAT, ...input };
}
