/**
 * Builds one generation's link model straight from storage, in the graph worker: row stores for
 * accounts, events, insiders and alerts, columnar chunks (read a batch at a time) for identifiers,
 * transfers and trades.
 */
import type { IdentifierKind } from '../../shared/dictionary/types';
import type { LinkModel } from '../../shared/graph/linkModel';
import { LinkModelBuilder } from '../../shared/graph/linkModelBuilder';
import type { LinkModelOptions } from '../../shared/graph/types';
import { scanTable } from '../db/chunks';
import type { WorkstationDatabase } from '../db/database';
import { getDatabase } from '../db/database';

export async function loadLinkModel(
  generation: string,
  options: LinkModelOptions,
  db: WorkstationDatabase = getDatabase(),
): Promise<LinkModel> {
  const builder = new LinkModelBuilder(options);
  await db.accounts
    .where('dataset')
    .equals(generation)
    .each((row) => builder.addAccount(row));
  await db.events
    .where('dataset')
    .equals(generation)
    .each((row) => builder.addEvent(row));
  await db.alerts
    .where('dataset')
    .equals(generation)
    .each((row) => builder.addAlert(row));
  await db.insiders
    .where('dataset')
    .equals(generation)
    .each((row) => builder.addInsider(row));
  await scanTable(
    generation,
    'identifiers',
    (view) => {
      for (let i = 0; i < view.rows; i++) {
        const account = view.text('account', i);
        const kind = view.text('kind', i) as IdentifierKind | null;
        const hash = view.text('value_hash', i);
        if (account === null || kind === null || hash === null) continue;
        builder.addIdentifierAt(
          account,
          kind,
          hash,
          view.epochMs('first_seen', i),
          view.epochMs('last_seen', i),
        );
      }
    },
    db,
  );
  await scanTable(
    generation,
    'transfers',
    (view) => {
      for (let i = 0; i < view.rows; i++) {
        const from = view.text('from', i);
        const to = view.text('to', i);
        if (from === null || to === null) continue;
        builder.addTransferAt(from, to, view.number('amount', i), view.epochMs('ts', i));
      }
    },
    db,
  );
  await scanTable(
    generation,
    'trades',
    (view) => {
      for (let i = 0; i < view.rows; i++) {
        const account = view.text('account', i);
        const instrument = view.text('instrument', i);
        if (account === null || instrument === null) continue;
        builder.addTradeAt(
          account,
          view.text('counterparty', i),
          instrument,
          view.epochMs('ts', i),
          view.text('side', i) === 'B',
          view.number('price', i) * view.number('qty', i),
        );
      }
    },
    db,
  );
  return builder.finish();
}
