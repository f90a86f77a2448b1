import { describe, expect, it } from 'vitest';
import { DEFAULT_LINK_FILTER } from '../../shared/graph/types';
import { edgesCsv, nodesCsv } from './graphCsv';
import { EMPTY_VIEW } from './graphStore';
import { parseGraphLink } from './useGraphLink';

const link = (query: string) => parseGraphLink(new URLSearchParams(query), DEFAULT_LINK_FILTER);

describe('graph deep links', () => {
  it('reads an alert link with its dataset', () => {
    expect(link('alert=gd-2026q3-demo:AL26Q3-0004')).toMatchObject({
      dataset: 'gd-2026q3-demo',
      source: { by: 'alert', alertId: 'AL26Q3-0004' },
    });
  });

  it('reads account, identifier and community links', () => {
    expect(link('account=A0001782&dataset=gd')).toMatchObject({
      dataset: 'gd',
      source: { by: 'account', account: 'A0001782' },
    });
    expect(link('identifier=device:0D49E9ab')?.source).toEqual({
      by: 'identifier',
      kind: 'device',
      hash: '0d49e9ab',
    });
    expect(link('community=3')?.source).toMatchObject({ by: 'community', number: 3 });
  });

  it('ignores a link that names nothing it can open', () => {
    expect(link('')).toBeNull();
    expect(link('identifier=nokind')).toBeNull();
    expect(link('community=zero')).toBeNull();
  });
});

describe('graph CSV export', () => {
  it('lists nodes and ties, masks identifier hashes and quotes what needs quoting', () => {
    const view = {
      ...EMPTY_VIEW,
      seeds: ['A1'],
      nodes: {
        A1: {
          id: 'A1',
          kind: 'account' as const,
          label: 'A1',
          risk: 'C3' as const,
          accountKind: 'individual' as const,
          status: 'active' as const,
          alertIds: ['AL1', 'AL2'],
          alertScore: 0.9,
        },
        'EXT:CARD-x,y': {
          id: 'EXT:CARD-x,y',
          kind: 'external' as const,
          label: 'CARD',
          risk: null,
          accountKind: null,
          status: null,
          alertIds: [],
          alertScore: null,
        },
      },
      edges: [
        {
          id: 'device:A1|A2',
          type: 'device' as const,
          source: 'A1',
          target: 'A2',
          weight: 3,
          count: 1,
          amount: null,
          firstSeen: Date.parse('2026-07-01T01:00:00Z'),
          lastSeen: Date.parse('2026-08-01T01:00:00Z'),
          sharedBy: 2,
          hashes: ['0d49e98617faf4f69e698706d311488a'],
        },
      ],
    };
    const nodes = nodesCsv(view, null).split('\r\n');
    expect(nodes[1]).toBe('A1,account,C3,active,AL1 AL2,0.9,,,true,false,false');
    expect(nodes[2]).toMatch(/^"EXT:CARD-x,y",external,/);
    const edges = edgesCsv(view).split('\r\n');
    expect(edges[1]).toBe(
      'device:A1|A2,device,A1,A2,3.000,1,,2026-07-01T01:00:00.000Z,2026-08-01T01:00:00.000Z,2,0d49e9…',
    );
  });
});
