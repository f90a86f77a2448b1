/** Corporate events and the accounts of people with access to them, numbered as they are added. */
import type {
  CorporateEvent,
  EventType,
  Insider,
  InsiderRelation,
  Timestamp,
} from '../../shared/dictionary/types';
import type { AccountProfile } from './accounts';
import type { InstrumentProfile } from './instruments';

export class EventRegistry {
  readonly events: CorporateEvent[] = [];
  readonly insiders: Insider[] = [];
  private readonly insiderKeys = new Set<string>();

  add(
    instrument: InstrumentProfile,
    type: EventType,
    title: string,
    sensitiveFrom: Timestamp,
    publicTs: Timestamp,
  ): CorporateEvent {
    if (sensitiveFrom > publicTs) throw new RangeError(`${title}: sensitive_from after public_ts`);
    const event: CorporateEvent = {
      id: `EV${String(this.events.length + 1).padStart(4, '0')}`,
      instrument: instrument.row.code,
      type,
      title,
      public_ts: publicTs,
      sensitive_from: sensitiveFrom,
    };
    this.events.push(event);
    return event;
  }

  addInsider(event: CorporateEvent, account: AccountProfile, relation: InsiderRelation): void {
    const key = `${event.id}|${account.row.id}`;
    if (this.insiderKeys.has(key)) return;
    this.insiderKeys.add(key);
    this.insiders.push({ event: event.id, account: account.row.id, relation });
  }
}
