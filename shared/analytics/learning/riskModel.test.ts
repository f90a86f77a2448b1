import { describe, expect, it } from 'vitest';
import type { Alert, Typology } from '../../dictionary/types';
import { buildVocabulary, rawVector, standardisedVector } from './features';
import {
  estimateRisk,
  labelOfDisposition,
  rankByRisk,
  riskOf,
  reviewNext,
  trainRiskModel,
  type RiskEstimate,
} from './riskModel';

function alert(
  id: string,
  typology: Typology,
  score: number,
  features: Record<string, number>,
): Alert {
  return {
    id,
    typology,
    score,
    created: '2026-07-01T09:30:00.000+08:00',
    accounts: ['A1'],
    instruments: ['600000.SH'],
    window: { from: '2026-07-01T09:30:00.000+08:00', to: '2026-07-01T15:00:00.000+08:00' },
    model: 'sandbox-test',
    features: Object.entries(features).map(([name, contribution]) => ({
      name,
      value: contribution,
      contribution,
    })),
    summary: id,
  };
}

// Rings carry `linked_accounts`; noise carries only a high cancel ratio. Scores say the opposite.
const rings = Array.from({ length: 10 }, (_, i) =>
  alert(`R${i}`, 'spoofing', 0.4 + i * 0.01, {
    linked_accounts: 0.3 + i * 0.01,
    cancel_ratio: 0.05,
  }),
);
const noise = Array.from({ length: 10 }, (_, i) =>
  alert(`N${i}`, 'spoofing', 0.8 + i * 0.01, { cancel_ratio: 0.5 + i * 0.01 }),
);
const queue = [...rings, ...noise];
const labelsOf = (ids: string[], disposition: string) =>
  ids.map((id) => [id, disposition] as [string, string]);

describe('learning from dispositions', () => {
  it('maps dispositions to labels: true positive 1, false positive 0, the rest nothing', () => {
    expect(labelOfDisposition('true_positive')).toBe(1);
    expect(labelOfDisposition('false_positive')).toBe(0);
    expect(labelOfDisposition('inconclusive')).toBeNull();
    expect(labelOfDisposition('duplicate')).toBeNull();
    expect(labelOfDisposition(undefined)).toBeNull();
  });

  it('scales each column to a spread of 1, centres only the score, and keeps absent features at 0', () => {
    const vocabulary = buildVocabulary(queue);
    const column = (name: string) => {
      const j = vocabulary.columns.indexOf(name);
      return queue.map((entry) => standardisedVector(entry, vocabulary)[j]!);
    };
    const rms = (values: number[]) =>
      Math.sqrt(values.reduce((a, b) => a + b * b, 0) / values.length);
    const linked = column('feature:linked_accounts');
    expect(rms(linked)).toBeCloseTo(1, 9);
    expect(linked.slice(10)).toEqual(new Array(10).fill(0));
    const score = column('score');
    expect(score.reduce((a, b) => a + b, 0) / score.length).toBeCloseTo(0, 9);
    expect(rms(score)).toBeCloseTo(1, 9);
    expect(vocabulary.columns).toContain('typology:spoofing');
    expect(vocabulary.columns).toContain('model:sandbox-test');
  });

  it('reads the local detectors’ evidence, on their own alerts or folded into a sandbox alert, as one column', () => {
    const raised = alert('X', 'spoofing', 0.5, {
      cancel_ratio: 0.2,
      'local:active_days': 0.1,
      'local:cancel_ratio': 0.3,
    });
    const vocabulary = buildVocabulary([...queue, raised]);
    const j = vocabulary.columns.indexOf('local_evidence');
    expect(rawVector(raised, vocabulary.columns)[j]).toBeCloseTo(0.4, 9);
    expect(rawVector(rings[0]!, vocabulary.columns)[j]).toBe(0);
    // A local detector's own alert is local evidence through and through.
    const local = {
      ...alert('L', 'spoofing', 0.6, { a: 0.25, b: 0.3 }),
      model: 'workstation-local/1',
    };
    expect(rawVector(local, vocabulary.columns)[j]).toBeCloseTo(0.55, 9);
  });

  it('keeps the alerts’ own scores while labels are too few, or all of one kind, and says so', () => {
    const few = trainRiskModel(queue, new Map(labelsOf(['R0', 'N0'], 'true_positive')));
    expect(few).toMatchObject({ status: 'cold_start', coldStartReason: 'too_few_labels' });
    const oneKind = trainRiskModel(
      queue,
      new Map(labelsOf(['R0', 'R1', 'R2', 'R3', 'R4', 'R5'], 'true_positive')),
    );
    expect(oneKind).toMatchObject({ status: 'cold_start', coldStartReason: 'one_class' });
    const estimate = estimateRisk(oneKind, noise[9]!);
    expect(estimate).toMatchObject({ source: 'score', risk: noise[9]!.score });
    expect(estimate.contributions[0]!.name).toBe('cancel_ratio');
  });

  it('can ask for a number of labels of each kind before it trains', () => {
    const labels = new Map([
      ...labelsOf(['R0', 'R1', 'R2'], 'true_positive'),
      ...labelsOf(['N0'], 'false_positive'),
    ]);
    const options = { minLabels: 4, minPerClass: 2 };
    expect(trainRiskModel(queue, labels, options)).toMatchObject({
      status: 'cold_start',
      coldStartReason: 'too_few_of_a_class',
      labels: { positive: 3, negative: 1 },
    });
    labels.set('N1', 'false_positive');
    expect(trainRiskModel(queue, labels, options).status).toBe('trained');
  });

  it('ignores inconclusive dispositions when counting labels', () => {
    const state = trainRiskModel(
      queue,
      new Map([
        ...labelsOf(['R0', 'R1', 'R2'], 'true_positive'),
        ...labelsOf(['N0', 'N1', 'N2'], 'inconclusive'),
      ]),
    );
    expect(state.labels).toEqual({ positive: 3, negative: 0 });
    expect(state.status).toBe('cold_start');
  });

  it('learns which features mark a true positive and ranks the unlabelled queue by it', () => {
    const dispositions = new Map([
      ...labelsOf(['R0', 'R1', 'R2', 'R3'], 'true_positive'),
      ...labelsOf(['N0', 'N1', 'N2', 'N3'], 'false_positive'),
    ]);
    const state = trainRiskModel(queue, dispositions);
    expect(state).toMatchObject({ status: 'trained', labels: { positive: 4, negative: 4 } });
    const unlabelled = queue.filter((entry) => !dispositions.has(entry.id));
    const ranked = rankByRisk(unlabelled.map((entry) => estimateRisk(state, entry)));
    // Every unlabelled ring ranks above every unlabelled noise alert, although its score is lower.
    expect(ranked.slice(0, 6).every((estimate) => estimate.alertId.startsWith('R'))).toBe(true);
    expect(ranked[0]!.risk).toBeGreaterThan(0.5);
    expect(ranked.at(-1)!.risk).toBeLessThan(0.5);
    // The explanation names the features that decided it.
    const top = ranked[0]!.contributions.slice(0, 3).map((entry) => entry.name);
    expect(
      top.some((name) => name === 'feature:linked_accounts' || name === 'feature:cancel_ratio'),
    ).toBe(true);
    const logit = ranked[0]!.contributions.reduce(
      (sum, entry) => sum + entry.contribution,
      state.intercept,
    );
    expect(1 / (1 + Math.exp(-logit))).toBeCloseTo(ranked[0]!.risk, 9);
  });

  it('gives the same risk without the explanation, trained or not', () => {
    const labels = new Map([
      ...labelsOf(['R0', 'R1', 'R2'], 'true_positive'),
      ...labelsOf(['N0', 'N1', 'N2'], 'false_positive'),
    ]);
    for (const state of [trainRiskModel(queue, labels), trainRiskModel(queue, new Map())])
      for (const each of queue) expect(riskOf(state, each)).toBeCloseTo(estimateRisk(state, each).risk, 12);
  });

  it('keeps its state as JSON: a restored model gives the same estimates', () => {
    const state = trainRiskModel(
      queue,
      new Map([
        ...labelsOf(['R0', 'R1', 'R2', 'R3'], 'true_positive'),
        ...labelsOf(['N0', 'N1', 'N2', 'N3'], 'false_positive'),
      ]),
    );
    const restored = JSON.parse(JSON.stringify(state)) as typeof state;
    for (const entry of queue)
      expect(estimateRisk(restored, entry).risk).toBe(estimateRisk(state, entry).risk);
  });

  it('"review next" picks, among the highest risks, the alert the model is least sure of', () => {
    const estimate = (alertId: string, risk: number): RiskEstimate => ({
      alertId,
      risk,
      source: 'model',
      contributions: [],
    });
    const pool = [estimate('a', 0.99), estimate('b', 0.9), estimate('c', 0.62), estimate('d', 0.5)];
    expect(reviewNext(pool, 3)?.alertId).toBe('c');
    expect(reviewNext(pool, 4)?.alertId).toBe('d');
    expect(reviewNext([], 3)).toBeNull();
    const cold = pool.map((entry) => ({ ...entry, source: 'score' as const }));
    expect(reviewNext(cold, 4)?.alertId).toBe('a');
  });
});
