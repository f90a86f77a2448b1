/**
 * How the graph looks: node colour by risk level (or by community when highlighted), a ring
 * for alerted accounts, shape by node kind, size by centrality; edge colour by type and width
 * by weight. Colours are per theme, chosen to read on either background.
 */
import type { StylesheetJson } from 'cytoscape';
import type { EdgeType, NodeKind } from '../../shared/graph/types';
import type { RiskLevel } from '../../shared/dictionary/types';

export type GraphTheme = 'light' | 'dark';

export const EDGE_COLOURS: Record<GraphTheme, Record<EdgeType, string>> = {
  light: {
    device: '#c2410c',
    mac: '#b45309',
    ip: '#7c3aed',
    phone: '#be185d',
    bank_card: '#b91c1c',
    address: '#0f766e',
    email: '#4d7c0f',
    transfer: '#1d4ed8',
    counterparty: '#0e7490',
    co_trading: '#64748b',
    insider: '#111827',
  },
  dark: {
    device: '#fb923c',
    mac: '#fbbf24',
    ip: '#a78bfa',
    phone: '#f472b6',
    bank_card: '#f87171',
    address: '#2dd4bf',
    email: '#a3e635',
    transfer: '#60a5fa',
    counterparty: '#22d3ee',
    co_trading: '#94a3b8',
    insider: '#f3f4f6',
  },
};

export const RISK_COLOURS: Record<GraphTheme, Record<RiskLevel | 'none', string>> = {
  light: {
    C1: '#86b6e8',
    C2: '#5b9bd5',
    C3: '#3b7dc4',
    C4: '#1f5fa8',
    C5: '#0b3f7a',
    none: '#9ca3af',
  },
  dark: {
    C1: '#bcd9f7',
    C2: '#93c2f2',
    C3: '#6aa8ea',
    C4: '#4a8fdc',
    C5: '#2f74c8',
    none: '#6b7280',
  },
};

export const NODE_SHAPES: Record<NodeKind, 'ellipse' | 'diamond' | 'round-triangle'> = {
  account: 'ellipse',
  external: 'diamond',
  event: 'round-triangle',
};

/** Distinct hues for highlighted communities, cycling past twelve. */
export const COMMUNITY_COLOURS = [
  '#e6194b',
  '#3cb44b',
  '#4363d8',
  '#f58231',
  '#911eb4',
  '#42d4f4',
  '#f032e6',
  '#9a6324',
  '#469990',
  '#808000',
  '#000075',
  '#bfef45',
];

export function graphStylesheet(theme: GraphTheme, large: boolean): StylesheetJson {
  const text = theme === 'dark' ? '#e4e8ee' : '#1a1e24';
  const halo = theme === 'dark' ? '#1b1f26' : '#ffffff';
  const alert = theme === 'dark' ? '#ff6b61' : '#c81e1e';
  const path = theme === 'dark' ? '#fde047' : '#ca8a04';
  const selected = theme === 'dark' ? '#8ec2ff' : '#0b5cad';
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        shape: 'data(shape)' as never,
        width: 'data(size)',
        height: 'data(size)',
        label: large ? '' : 'data(label)',
        'font-size': 9,
        color: text,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': halo,
        'text-outline-width': 2,
        'min-zoomed-font-size': 7,
        // Large graphs: no borders or labels to stroke, which is most of a frame in software.
        'border-width': large ? 0 : 1,
        'border-color': halo,
      },
    },
    { selector: 'node[?alerted]', style: { 'border-width': 3, 'border-color': alert } },
    { selector: 'node[?seed]', style: { 'font-weight': 'bold' } },
    { selector: 'node[?pinned]', style: { 'border-style': 'double', 'border-width': 4 } },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': 'data(colour)',
        'curve-style': large ? 'haystack' : 'bezier',
        opacity: large ? 1 : 0.75,
        // Nothing listens to edges; in a large graph every press, first move and release would
        // otherwise hit-test all of them (tens of ms at 20,000 edges).
        events: large ? 'no' : 'yes',
      },
    },
    {
      selector: 'edge[?directed]',
      style: {
        'target-arrow-shape': large ? 'none' : 'triangle',
        'target-arrow-color': 'data(colour)',
        'arrow-scale': 0.7,
      },
    },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.future', style: { opacity: 0.08 } },
    { selector: 'node.future', style: { label: '' } },
    {
      selector: 'node:selected',
      style: { 'border-width': 4, 'border-color': selected, 'overlay-opacity': 0 },
    },
    { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': path } },
    { selector: 'edge.on-path', style: { 'line-color': path, width: 5, opacity: 1, 'z-index': 9 } },
    { selector: 'node.path-end', style: { 'border-width': 4, 'border-color': path } },
  ];
}
