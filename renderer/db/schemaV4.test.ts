import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Alert } from '../../shared/dictionary/types';
import { SAMPLE_ROWS } from '../../shared/dictionary/sampleRows';
import { estimateRisk, trainRiskModel } from '../../shared/analytics/learning/riskModel';
import { openWorkstationDatabase } from './database';
import { MIGRATIONS } from './migrations';

const alert = (id: string, score: number, typology: Alert['typology']): Alert => ({
  ...SAMPLE_ROWS.alerts,
  id,
  score,
  typology,
});

describe('schema version 4', () => {
  it('upgrades a version 3 database: its triage work stays, and a trained model is kept and restored', async () => {
    const backend = { indexedDB: new IDBFactory(), IDBKeyRange };
    const v3 = await openWorkstationDatabase({
      ...backend,
      migrations: MIGRATIONS.filter((migration) => migration.version <= 3),
    });
    expect(v3.tables.map((table) => table.name)).not.toContain('riskModels');
    await v3.table('alertStates').put({
      dataset: 'gd',
      alertId: 'AL1',
      status: 'closed',
      labelStatus: 'confirmed',
      labelledBy: 'u1',
      labelConfirmedBy: 'u2',
      updatedAt: '2026-11-20T01:00:00.000Z',
    });
    v3.close();

    const v4 = await openWorkstationDatabase(backend);
    try {
      expect(v4.verno).toBe(4);
      expect(await v4.alertStates.get(['gd', 'AL1'])).toMatchObject({ labelStatus: 'confirmed' });
      const alerts = [
        alert('A', 0.9, 'spoofing'),
        alert('B', 0.8, 'spoofing'),
        alert('C', 0.7, 'spoofing'),
        alert('D', 0.6, 'wash_trade'),
        alert('E', 0.5, 'wash_trade'),
        alert('F', 0.4, 'wash_trade'),
      ];
      const labels = new Map([
        ...['A', 'B', 'C'].map((id) => [id, 'false_positive'] as const),
        ...['D', 'E', 'F'].map((id) => [id, 'true_positive'] as const),
      ]);
      const state = trainRiskModel(alerts, labels);
      expect(state.status).toBe('trained');
      await v4.riskModels.put({
        id: 'local',
        fingerprint: 'gd#1|gd:A=false_positive',
        state,
        trainedAt: '2026-11-26T08:00:00.000Z',
        trainingMs: 3,
      });
      const restored = (await v4.riskModels.get('local'))?.state;
      expect(restored).toBeDefined();
      // The restored model ranks exactly as the one trained: wash trades above the spoofing alerts.
      for (const each of alerts)
        expect(estimateRisk(restored!, each).risk).toBeCloseTo(estimateRisk(state, each).risk, 12);
      expect(estimateRisk(restored!, alerts[3]!).risk).toBeGreaterThan(
        estimateRisk(restored!, alerts[0]!).risk,
      );
    } finally {
      v4.close();
    }
  });
});
