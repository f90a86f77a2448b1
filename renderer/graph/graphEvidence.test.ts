import { describe, expect, it } from 'vitest';
import { DEFAULT_LINK_FILTER } from '../../shared/graph/types';
import { ELEMENT_COLUMNS, graphEvidence, visibleAccountKeys } from './graphEvidence';
import { EMPTY_VIEW, type GraphView } from './graphStore';
import type { NodeView } from './protocol';

const node = (id: string, kind: NodeView['kind'] = 'account'): NodeView => ({
  id,
  kind,
  label: id,
  risk: 'C4',
  accountKind: null,
  status: null,
  alertIds: id === 'A1' ? ['AL-1'] : [],
  alertScore: null,
});

const view: GraphView = {
  ...EMPTY_VIEW,
  nodes: { A1: node('A1'), A2: node('A2'), A3: node('A3'), X1: node('X1', 'external') },
  hidden: ['A3'],
  edges: [
    {
      id: 'device:A1|A2',
      type: 'device',
      source: 'A1',
      target: 'A2',
      weight: 0.51234,
      count: 2,
      amount: null,
      firstSeen: Date.UTC(2026, 6, 1),
      lastSeen: Date.UTC(2026, 6, 2),
      hashes: ['0d49e9ab77c1'],
    },
    {
      id: 'transfer:A2|A3',
      type: 'transfer',
      source: 'A2',
      target: 'A3',
      weight: 1,
      count: 1,
      amount: 5000,
      firstSeen: 0,
      lastSeen: 0,
    },
  ],
};

describe('graph evidence', () => {
  it('lists the visible nodes and ties, masks hashes, and names the seed alert', () => {
    const evidence = graphEvidence(
      {
        dataset: 'gd',
        generation: 'gd#1',
        view,
        openedFrom: '自预警 AL-1 打开',
        openedBy: { by: 'alert', alertId: 'AL-1' },
        filter: DEFAULT_LINK_FILTER,
        timelineAt: null,
        coTradingWindowMinutes: 10,
      },
      '关联图谱',
      'data:image/png;base64,iVBORw0KGgo=',
    );
    expect(evidence.kind).toBe('graph');
    expect(evidence.columns).toEqual(ELEMENT_COLUMNS);
    const rows = evidence.rows ?? [];
    expect(rows.map((row) => row.slice(0, 2))).toEqual([
      ['node', 'A1'],
      ['node', 'A2'],
      ['node', 'X1'],
      ['edge', 'device:A1|A2'],
    ]);
    expect(rows.every((row) => row.length === ELEMENT_COLUMNS.length)).toBe(true);
    const tie = rows[3]!;
    expect(tie[ELEMENT_COLUMNS.indexOf('weight')]).toBe(0.512);
    expect(String(tie[ELEMENT_COLUMNS.indexOf('alerts')])).not.toContain('0d49e9ab77c1');
    expect(evidence.provenance).toMatchObject({
      view: 'graph',
      dataset: 'gd',
      subjects: ['gd:AL-1'],
      parameters: { generation: 'gd#1', nodes: 3, edges: 1 },
    });
  });

  it('adds only the visible accounts, keyed by dataset', () => {
    expect(visibleAccountKeys('gd', view)).toEqual(['gd:A1', 'gd:A2']);
  });
});
