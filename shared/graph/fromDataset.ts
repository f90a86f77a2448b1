/** Builds the link model from a dataset held in memory (the command-line tools, tests). */
import type { AnalysisDataset } from '../analytics/dataset';
import type { LinkModel } from './linkModel';
import { LinkModelBuilder } from './linkModelBuilder';
import type { LinkModelOptions } from './types';
import { DEFAULT_LINK_MODEL_OPTIONS } from './types';

export function linkModelOf(
  dataset: AnalysisDataset,
  options: LinkModelOptions = DEFAULT_LINK_MODEL_OPTIONS,
): LinkModel {
  const builder = new LinkModelBuilder(options);
  for (const row of dataset.rows('accounts')) builder.addAccount(row);
  for (const row of dataset.rows('events')) builder.addEvent(row);
  for (const row of dataset.rows('alerts')) builder.addAlert(row);
  for (const row of dataset.rows('identifiers')) builder.addIdentifier(row);
  for (const row of dataset.rows('transfers')) builder.addTransfer(row);
  for (const row of dataset.rows('trades')) builder.addTrade(row);
  for (const row of dataset.rows('insiders')) builder.addInsider(row);
  return builder.finish();
}
