import {
  BellRing,
  Briefcase,
  Database,
  FileText,
  LayoutDashboard,
  ScrollText,
  Settings,
  Waypoints,
  type LucideIcon,
} from 'lucide-react';
import type { AppPage } from '../../shared/host/hostApi';

export const PAGE_ICONS: Record<AppPage, LucideIcon> = {
  datasets: Database,
  overview: LayoutDashboard,
  alerts: BellRing,
  graph: Waypoints,
  cases: Briefcase,
  reports: FileText,
  audit: ScrollText,
  settings: Settings,
};
