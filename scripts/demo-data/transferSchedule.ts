/**
 * Fund transfers planned ahead (a ring's common funding, a relative paying an insider), kept by
 * trading day and written, numbered, with that day's background transfers.
 */
import type { Transfer, TransferChannel } from '../../shared/dictionary/types';

export interface PlannedTransfer {
  day: number;
  /** Milliseconds since local midnight. */
  dayMs: number;
  /** An account id or an `EXT:` party. */
  from: string;
  to: string;
  amount: number;
  channel: TransferChannel;
  /** Set when written. */
  id: string | null;
}

export class TransferSchedule {
  private readonly byDay = new Map<number, PlannedTransfer[]>();

  plan(transfer: Omit<PlannedTransfer, 'id'>): PlannedTransfer {
    const planned = { ...transfer, amount: Math.round(transfer.amount * 100) / 100, id: null };
    const list = this.byDay.get(transfer.day) ?? [];
    list.push(planned);
    this.byDay.set(transfer.day, list);
    return planned;
  }

  on(day: number): readonly PlannedTransfer[] {
    return this.byDay.get(day) ?? [];
  }
}

export function transferRow(planned: PlannedTransfer, ts: string): Transfer {
  if (planned.id === null) throw new Error('transfer written before it was numbered');
  return {
    id: planned.id,
    from: planned.from,
    to: planned.to,
    amount: planned.amount,
    ts,
    channel: planned.channel,
  };
}
