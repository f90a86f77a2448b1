/** The tables that do not depend on the trading days: geography, firms, instruments, accounts, links, events, rules, precedent. */
import { brokerRows } from './brokers';
import { regionRows, regionShapeRows } from './geography';
import { identifierRowsOf } from './identifiersTable';
import { Random } from './random';
import { ruleRows } from './rules';
import type { TableWriters } from './tableWriters';
import { violationCaseRows } from './violationCases';
import type { World } from './world';

export function writeStaticTables(world: World, writers: TableWriters): void {
  writers.regions.writeAll(regionRows(world.geography));
  writers.region_shapes.writeAll(regionShapeRows(world.geography));
  writers.brokers.writeAll(brokerRows());
  writers.branches.writeAll(world.branches.map((branch) => branch.row));
  writers.instruments.writeAll(world.instruments.map((instrument) => instrument.row));
  writers.accounts.writeAll(world.accounts.map((account) => account.row));
  const identifierRandom = Random.derive(world.seed, 'identifiers');
  for (const account of world.accounts) {
    writers.identifiers.writeAll(identifierRowsOf(account, world.identifiers, identifierRandom));
  }
  writers.events.writeAll(world.events.events);
  writers.insiders.writeAll(world.events.insiders);
  writers.rules.writeAll(ruleRows());
  // The controller of the lent accounts was fined once before: a repeat offender.
  const repeatOffender =
    world.schemes.find((scheme) => scheme.id === 'S18')?.members[0]?.account.row.id ?? null;
  writers.violation_cases.writeAll(
    violationCaseRows(Random.derive(world.seed, 'violation-cases'), repeatOffender),
  );
}
