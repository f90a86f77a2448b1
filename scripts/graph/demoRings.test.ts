/**
 * The "done when" of the account graph on the bundled demo: from each planted ring's alert, two
 * expansions reach the whole ring, and the NAT look-alikes (an IP shared by dozens) stay out.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { trustedKeyFromPem } from '../../shared/crypto/trustedKey';
import { linkModelOf } from '../../shared/graph/fromDataset';
import type { LinkModel } from '../../shared/graph/linkModel';
import { neighbourhood } from '../../shared/graph/neighbourhood';
import { DEFAULT_LINK_FILTER } from '../../shared/graph/types';
import { parseIdentityFile } from '../../shared/package/identityFile';
import { pullIntoMemory } from '../analyze/pullIntoMemory';
import { repositoryReaderFor } from '../sandbox/readers';

interface GroundTruth {
  schemes: { id: string; accounts: { id: string }[]; alerts: string[] }[];
  benign: { id: string; kind: string; accounts: string[]; false_alarms: string[] }[];
}

const truth = JSON.parse(readFileSync('assets/demo-ground-truth.json', 'utf8')) as GroundTruth;
const natLookAlikes = truth.benign.filter((lookAlike) => lookAlike.kind === 'shared_nat_ip');
const natAccounts = new Set(natLookAlikes.flatMap((lookAlike) => lookAlike.accounts));
const ringAlerts = truth.schemes.flatMap((scheme) =>
  scheme.alerts.map((alert) => ({
    scheme: scheme.id,
    alert,
    ring: scheme.accounts.map((a) => a.id),
  })),
);

let model: LinkModel;

beforeAll(async () => {
  const trusted = trustedKeyFromPem(
    readFileSync('assets/demo-keys/demo-publisher.pub.pem', 'utf8'),
  );
  const identities = parseIdentityFile(readFileSync('assets/demo-keys/demo-identity.txt', 'utf8'));
  const [report] = await pullIntoMemory(
    repositoryReaderFor('assets/demo-repository'),
    [trusted],
    identities,
    () => {},
  );
  model = await linkModelOf(report!.dataset);
}, 120_000);

describe('account graph on the demo data', () => {
  it('has ring alerts and NAT look-alikes to check', () => {
    expect(ringAlerts.length).toBeGreaterThanOrEqual(16);
    expect(natAccounts.size).toBeGreaterThanOrEqual(48);
  });

  it.each(ringAlerts)(
    '$scheme: two expansions from alert $alert reach every ring account, no NAT look-alike',
    ({ alert, ring }) => {
      const seeds = model.alerts.get(alert)?.accounts;
      expect(seeds, `alert ${alert} is in the demo`).toBeDefined();
      const seen = new Set(neighbourhood(model, seeds!, 2, DEFAULT_LINK_FILTER).nodes);
      expect(ring.filter((account) => !seen.has(account))).toEqual([]);
      expect([...seen].filter((node) => natAccounts.has(node))).toEqual([]);
    },
  );

  it('the NAT addresses are set aside at the default threshold, and would glue dozens without it', () => {
    const campus = natLookAlikes.find((lookAlike) => lookAlike.id === 'L01-campus')!;
    const hubs = model.setAsideHubs(DEFAULT_LINK_FILTER).filter((hub) => hub.kind === 'ip');
    expect(hubs.map((hub) => hub.accounts).sort((a, b) => a - b)).toEqual(
      natLookAlikes.map((lookAlike) => lookAlike.accounts.length).sort((a, b) => a - b),
    );
    const seed = [campus.accounts[0]!];
    const guarded = neighbourhood(model, seed, 1, DEFAULT_LINK_FILTER).nodes;
    expect(guarded.filter((node) => natAccounts.has(node))).toEqual(seed);
    const unguarded = neighbourhood(model, seed, 1, {
      ...DEFAULT_LINK_FILTER,
      maxSharedAccounts: 100,
    });
    expect(unguarded.nodes.filter((node) => natAccounts.has(node)).length).toBe(
      campus.accounts.length,
    );
  });
});
