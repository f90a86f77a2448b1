import { describe, expect, it } from 'vitest';
import { centrality, communities, components, shortestPath, tieGraph } from './algorithms';
import type { EdgeType, GraphEdge } from './types';

function edge(source: string, target: string, weight = 1, type: EdgeType = 'device'): GraphEdge {
  return {
    id: `${type}:${source}|${target}`,
    type,
    source,
    target,
    weight,
    count: 1,
    amount: null,
    firstSeen: 0,
    lastSeen: 0,
  };
}

/** Every pair of `nodes` tied. */
function clique(nodes: string[], weight = 1): GraphEdge[] {
  return nodes.flatMap((a, i) => nodes.slice(i + 1).map((b) => edge(a, b, weight)));
}

describe('graph algorithms on hand-built graphs', () => {
  it('Louvain finds two cliques joined by one weak bridge', () => {
    const left = ['a1', 'a2', 'a3', 'a4', 'a5'];
    const right = ['b1', 'b2', 'b3', 'b4', 'b5'];
    const graph = tieGraph([], [...clique(left, 3), ...clique(right, 3), edge('a5', 'b1', 0.5)]);
    const found = communities(graph);
    expect(found.members).toEqual([left, right]);
    expect(found.modularity).toBeGreaterThan(0.4);
  });

  it('Louvain separates three rings of different sizes and leaves a lone node alone', () => {
    const rings = [
      ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'],
      ['s1', 's2', 's3', 's4'],
      ['t1', 't2', 't3'],
    ];
    const bridges = [edge('r1', 's1', 0.2), edge('s2', 't1', 0.2)];
    const graph = tieGraph(['lone'], [...rings.flatMap((ring) => clique(ring, 2)), ...bridges]);
    const found = communities(graph);
    expect(found.members).toEqual([...rings, ['lone']]);
    expect(found.of.get('r3')).toBe(found.of.get('r6'));
    expect(found.of.get('r3')).not.toBe(found.of.get('s3'));
  });

  it('the shortest path takes the fewest hops and names the strongest tie of each hop', () => {
    // a-b-c-d-e is the long way round; a-x-e is two hops.
    const graph = tieGraph(
      [],
      [
        edge('a', 'b'),
        edge('b', 'c'),
        edge('c', 'd'),
        edge('d', 'e'),
        edge('a', 'x', 1, 'ip'),
        edge('a', 'x', 3, 'bank_card'),
        edge('x', 'e', 1, 'transfer'),
      ],
    );
    const path = shortestPath(graph, 'a', 'e');
    expect(path?.nodes).toEqual(['a', 'x', 'e']);
    expect(path?.edges.map((tie) => tie.type)).toEqual(['bank_card', 'transfer']);
    expect(shortestPath(graph, 'b', 'd')?.nodes).toEqual(['b', 'c', 'd']);
  });

  it('there is no path between components, and components are listed largest first', () => {
    const graph = tieGraph(['z'], [edge('a', 'b'), edge('b', 'c'), edge('p', 'q')]);
    expect(shortestPath(graph, 'a', 'q')).toBeNull();
    expect(shortestPath(graph, 'a', 'missing')).toBeNull();
    expect(components(graph)).toEqual([['a', 'b', 'c'], ['p', 'q'], ['z']]);
  });

  it('the hub of a star is the most central node, the leaves the least', () => {
    const graph = tieGraph(
      [],
      ['l1', 'l2', 'l3', 'l4'].map((leaf) => edge('hub', leaf)),
    );
    const { measure, score } = centrality(graph);
    expect(measure).toBe('betweenness');
    expect(score.get('hub')).toBe(1);
    expect(score.get('l1')).toBe(0);
  });
});
