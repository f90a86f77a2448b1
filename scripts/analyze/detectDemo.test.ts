/**
 * The local detectors over the bundled demo repository (pulled as `npm run analyze` pulls it),
 * scored against its answer key: every planted scheme is found by an
 * alert of its typology (all twelve), the look-alikes raise nothing, and most alerts name a
 * planted scheme; and the same on a freshly generated jurisdiction of another seed.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseDataset, type AnalysisResult } from '../../shared/analytics/detectors';
import {
  evaluateAlerts,
  type Evaluation,
  type GroundTruth,
} from '../../shared/analytics/evaluation';
import { groupEvidenceTable } from '../../shared/analytics/groupEvidence';
import { trustedKeyFromPem } from '../../shared/crypto/trustedKey';
import { parseIdentityFile } from '../../shared/package/identityFile';
import { repositoryReaderFor } from '../sandbox/readers';
import { TYPOLOGIES } from '../../shared/dictionary/tables';
import { generateTinyJurisdiction, GENERATION_TIMEOUT_MS } from '../demo-data/tinyJurisdiction';
import { NdjsonFolderDataset } from './ndjsonDataset';
import { pullIntoMemory } from './pullIntoMemory';

const root = new URL('../../', import.meta.url);
const asset = (path: string) => new URL(path, root).pathname;

const TYPOLOGIES_PLANTED = TYPOLOGIES;

describe('local detectors on the bundled demo', () => {
  let result: AnalysisResult;
  let evaluation: Evaluation;
  let truth: GroundTruth;

  beforeAll(async () => {
    const [report] = await pullIntoMemory(
      repositoryReaderFor(asset('assets/demo-repository')),
      [trustedKeyFromPem(readFileSync(asset('assets/demo-keys/demo-publisher.pub.pem'), 'utf8'))],
      parseIdentityFile(readFileSync(asset('assets/demo-keys/demo-identity.txt'), 'utf8')),
      () => {},
    );
    result = await analyseDataset(report!.dataset, {
      createdMs: Date.parse('2026-10-01T00:00:00Z'),
    });
    truth = JSON.parse(readFileSync(asset('assets/demo-ground-truth.json'), 'utf8')) as GroundTruth;
    evaluation = evaluateAlerts(result.alerts, truth);
  }, 60_000);

  it.each(TYPOLOGIES_PLANTED)(
    'finds every planted %s scheme with an alert of that typology',
    (typology) => {
      const score = evaluation.perTypology.find((entry) => entry.typology === typology);
      expect(score?.schemes).toBeGreaterThan(0);
      expect(score).toMatchObject({ recall: 1 });
    },
  );

  it('raises no alert on the benign look-alikes (NAT, families, market maker, fund, quant)', () => {
    expect(evaluation.onLookAlikes).toEqual([]);
  });

  it('names a planted scheme in at least 80 % of its alerts', () => {
    expect(evaluation.precision).toBeGreaterThanOrEqual(0.8);
  });

  it('explains every score: the features’ contributions add up to it above the base rate', () => {
    for (const alert of result.alerts) {
      const total = alert.features.reduce((sum, feature) => sum + feature.contribution, 0);
      expect(alert.score).toBeCloseTo(Math.min(1, 0.05 + total), 2);
      expect(alert.features.length).toBeGreaterThan(2);
      expect(alert.accounts.length).toBeGreaterThan(0);
    }
  });

  it('puts each ring in one account group whose evidence reaches the rule thresholds', () => {
    const table = groupEvidenceTable(result.context);
    const rowOf = (schemeId: string) => {
      const scheme = truth.schemes.find((entry) => entry.id === schemeId)!;
      return table.rows.find(
        (row) =>
          scheme.instruments.includes(row.instrument) &&
          scheme.accounts.every((account) => row.accounts.includes(account.id)),
      );
    };
    expect(table.thresholds.min_volume_share).toBe(0.2);
    expect(rowOf('S01')?.reaches).toContain('self_trade_share');
    expect(rowOf('S05')?.reaches).toContain('volume_share_10d');
    expect(rowOf('S07')?.reaches).toContain('intraday_cancel_ratio');
    const familyAccounts = new Set(
      truth.benign
        .filter((group) => group.kind === 'family')
        .flatMap((group) =>
          group.accounts.map((account) => (typeof account === 'string' ? account : account.id)),
        ),
    );
    const familyRows = table.rows.filter((row) => row.accounts.some((a) => familyAccounts.has(a)));
    expect(familyRows.length).toBeGreaterThan(0);
    expect(familyRows.filter((row) => row.reaches.length > 0)).toEqual([]);
  });
});

describe('local detectors on a jurisdiction of another seed', () => {
  it(
    'find every planted scheme by its typology and leave the look-alikes alone',
    async () => {
      const tiny = generateTinyJurisdiction('detectors-other-seed');
      const { alerts } = await analyseDataset(new NdjsonFolderDataset(tiny.outDir, 'tiny'));
      const truth = JSON.parse(readFileSync(tiny.truthFile, 'utf8')) as GroundTruth;
      const evaluation = evaluateAlerts(alerts, truth);
      expect(evaluation.missed).toEqual([]);
      expect(evaluation.foundOtherwise).toEqual([]);
      expect(evaluation.found).toHaveLength(truth.schemes.length);
      expect(evaluation.onLookAlikes).toEqual([]);
      expect(evaluation.precision).toBeGreaterThanOrEqual(0.8);
    },
    GENERATION_TIMEOUT_MS,
  );
});
