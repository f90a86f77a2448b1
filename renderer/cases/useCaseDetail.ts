import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../db/database';
import type { AuditRecord, CaseRecord, EvidenceRecord } from '../db/records';
import { caseTimeline, listEvidence } from './caseStore';

export interface CaseDetail {
  record: CaseRecord;
  evidence: EvidenceRecord[];
  timeline: AuditRecord[];
}

/** One case with its evidence and timeline, live; null when there is no such case. */
export function useCaseDetail(caseId: string | null): CaseDetail | null | undefined {
  return useLiveQuery(async () => {
    if (caseId === null) return null;
    const db = getDatabase();
    const record = await db.cases.get(caseId);
    if (!record) return null;
    const [evidence, timeline] = await Promise.all([listEvidence(caseId, db), caseTimeline(caseId, db)]);
    return { record, evidence, timeline };
  }, [caseId]);
}

/** Evidence items per case id. */
export function useEvidenceCounts(): Map<string, number> | undefined {
  return useLiveQuery(async () => {
    const counts = new Map<string, number>();
    await getDatabase()
      .evidence.orderBy('caseId')
      .eachKey((key) => counts.set(String(key), (counts.get(String(key)) ?? 0) + 1));
    return counts;
  }, []);
}
