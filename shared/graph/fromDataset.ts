/** Builds the link model from an analysis dataset (the command-line tools, tests), a batch at a time. */
import type { AnalysisDataset } from '../analytics/dataset';
import type { LinkModel } from './linkModel';
import { LinkModelBuilder } from './linkModelBuilder';
import type { LinkModelOptions } from './types';
import { DEFAULT_LINK_MODEL_OPTIONS } from './types';

export async function linkModelOf(
  dataset: AnalysisDataset,
  options: LinkModelOptions = DEFAULT_LINK_MODEL_OPTIONS,
): Promise<LinkModel> {
  const builder = new LinkModelBuilder(options);
  for await (const batch of dataset.batches('accounts'))
    for (const row of batch) builder.addAccount(row);
  for await (const batch of dataset.batches('events'))
    for (const row of batch) builder.addEvent(row);
  for await (const batch of dataset.batches('alerts'))
    for (const row of batch) builder.addAlert(row);
  for await (const batch of dataset.batches('identifiers'))
    for (const row of batch) builder.addIdentifier(row);
  for await (const batch of dataset.batches('transfers'))
    for (const row of batch) builder.addTransfer(row);
  for await (const batch of dataset.batches('trades'))
    for (const row of batch) builder.addTrade(row);
  for await (const batch of dataset.batches('insiders'))
    for (const row of batch) builder.addInsider(row);
  return builder.finish();
}
