import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../db/database';
import type { AuditRecord } from '../db/records';

/** How many matching entries the page lists; the rest stay in the database. */
export const AUDIT_PAGE_SIZE = 500;

export interface AuditFilter {
  actor?: string;
  /** Start of the action, e.g. `alert.` or `case.create`. */
  action?: string;
  entity?: string;
  /** Words that must occur in the entity id, detail, before or after. */
  text?: string;
  /** Lists the entries around this seq instead of the newest. */
  aroundSeq?: number;
}

export interface AuditLogView {
  total: number;
  /** Matching entries, newest first. */
  entries: AuditRecord[];
  /** Actors and entities in the log, for the filter menus. */
  actors: string[];
  entities: string[];
}

function matches(entry: AuditRecord, filter: AuditFilter, words: string[]): boolean {
  if (filter.actor && entry.actor !== filter.actor) return false;
  if (filter.action && !entry.action.startsWith(filter.action)) return false;
  if (filter.entity && entry.entity !== filter.entity) return false;
  if (words.length > 0) {
    const text = `${entry.entityId} ${entry.detail ?? ''} ${JSON.stringify(entry.before ?? null)} ${JSON.stringify(entry.after ?? null)}`.toLowerCase();
    if (!words.every((word) => text.includes(word))) return false;
  }
  return true;
}

/** `refresh` re-reads the entries, e.g. after verification, when the store was changed outside the app. */
export function useAuditLog(filter: AuditFilter, refresh = 0): AuditLogView | undefined {
  return useLiveQuery(async () => {
    const audit = getDatabase().audit;
    const words = (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const total = await audit.count();
    let entries: AuditRecord[];
    if (filter.aroundSeq !== undefined) {
      entries = (
        await audit
          .where('seq')
          .between(filter.aroundSeq - 20, filter.aroundSeq + 20, true, true)
          .toArray()
      ).reverse();
    } else {
      entries = await audit
        .orderBy('seq')
        .reverse()
        .filter((entry) => matches(entry, filter, words))
        .limit(AUDIT_PAGE_SIZE)
        .toArray();
    }
    const [actors, entities] = await Promise.all([
      audit.orderBy('actor').uniqueKeys(),
      audit.orderBy('[entity+entityId]').uniqueKeys(),
    ]);
    return {
      total,
      entries,
      actors: actors.map(String),
      entities: [...new Set(entities.map((key) => String((key as unknown as string[])[0])))],
    };
  }, [filter.actor, filter.action, filter.entity, filter.text, filter.aroundSeq, refresh]);
}
