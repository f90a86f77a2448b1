import { describe, expect, it } from 'vitest';
import type { QueueRow } from '../../../shared/triage/queueIndex';
import { QueueIndex } from '../../../shared/triage/queueIndex';
import { reviewNextRow } from './reviewNextRow';

const row = (id: string, score: number, overrides: Partial<QueueRow> = {}): QueueRow => ({
  key: `gd:${id}`,
  dataset: 'gd',
  id,
  source: 'sandbox',
  typology: 'spoofing',
  score,
  created: 0,
  summary: id,
  accounts: [],
  instruments: [],
  region: '',
  broker: '',
  status: 'new',
  assignee: null,
  disposition: null,
  severity: null,
  labelStatus: 'none',
  tags: [],
  snoozedUntil: Number.NaN,
  ...overrides,
});

describe('review next', () => {
  const index = new QueueIndex([
    row('A', 0.95, { disposition: 'true_positive', labelStatus: 'awaiting' }),
    row('B', 0.9),
    row('C', 0.6),
    row('D', 0.3),
  ]);
  const all = Uint32Array.from([0, 1, 2, 3]);
  const idAt = (row: number | null) => (row === null ? null : index.row(row).id);

  it('opens the highest score while the model waits for labels, skipping labelled alerts', () => {
    expect(idAt(reviewNextRow(index, all, 'score'))).toBe('B');
  });

  it('opens the unlabelled alert the model is least sure of once it ranks the queue', () => {
    index.setRisk(['gd:A', 'gd:B', 'gd:C', 'gd:D'], [0.99, 0.97, 0.55, 0.2]);
    expect(idAt(reviewNextRow(index, all, 'model'))).toBe('C');
    // Only among the alerts the filters keep.
    expect(idAt(reviewNextRow(index, Uint32Array.from([1, 3]), 'model'))).toBe('D');
    expect(reviewNextRow(index, Uint32Array.from([0]), 'model')).toBeNull();
  });
});
