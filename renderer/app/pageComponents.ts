import type { ComponentType } from 'react';
import { lazy } from 'react';
import type { AppPage } from '../../shared/host/hostApi';

/**
 * One component per page, each loaded on first visit: the map, chart and graph libraries are
 * large, and the page the user opens should not wait for the others'. The Record type makes a
 * page without a component a compile error.
 */
export const PAGE_COMPONENTS: Record<AppPage, ComponentType> = {
  datasets: lazy(() =>
    import('../datasets/DatasetsPage').then((m) => ({ default: m.DatasetsPage })),
  ),
  overview: lazy(() =>
    import('../overview/OverviewPage').then((m) => ({ default: m.OverviewPage })),
  ),
  alerts: lazy(() => import('../alerts/AlertsPage').then((m) => ({ default: m.AlertsPage }))),
  graph: lazy(() => import('../graph/GraphPage').then((m) => ({ default: m.GraphPage }))),
  cases: lazy(() => import('../cases/CasesPage').then((m) => ({ default: m.CasesPage }))),
  reports: lazy(() => import('../reports/ReportsPage').then((m) => ({ default: m.ReportsPage }))),
  audit: lazy(() => import('../audit/AuditPage').then((m) => ({ default: m.AuditPage }))),
  settings: lazy(() =>
    import('../settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
  ),
};
