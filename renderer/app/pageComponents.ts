import type { ComponentType } from 'react';
import type { AppPage } from '../../shared/host/hostApi';
import { AlertsPage } from '../alerts/AlertsPage';
import { AuditPage } from '../audit/AuditPage';
import { CasesPage } from '../cases/CasesPage';
import { DatasetsPage } from '../datasets/DatasetsPage';
import { GraphPage } from '../graph/GraphPage';
import { OverviewPage } from '../overview/OverviewPage';
import { ReportsPage } from '../reports/ReportsPage';
import { SettingsPage } from '../settings/SettingsPage';

/** One component per page; the Record type makes a page without a component a compile error. */
export const PAGE_COMPONENTS: Record<AppPage, ComponentType> = {
  datasets: DatasetsPage,
  overview: OverviewPage,
  alerts: AlertsPage,
  graph: GraphPage,
  cases: CasesPage,
  reports: ReportsPage,
  audit: AuditPage,
  settings: SettingsPage,
};
