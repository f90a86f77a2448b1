import type { Messages } from '../i18n/messages';

/** The `cases` section of the English UI text. */
export const casesEn: Messages['cases'] = {
  listTitle: 'All cases',
  emptyTitle: 'No cases yet',
  emptyBody:
    'A case gathers the alerts, accounts and evidence behind one lead, and records the analysis, the dispositions and the conclusions. Supervisory reports are drafted from a case.',
  total_one: '{{count}} case.',
  total_other: '{{count}} cases.',
  columns: {
    title: 'Case',
    status: 'Status',
    owner: 'Owner',
    alerts: 'Alerts',
    evidence: 'Evidence',
    updated: 'Updated',
  },
  status: {
    open: 'Open',
    in_review: 'In review',
    closed: 'Closed',
  },
  add: {
    button: 'Add to case',
    title: 'Add to case',
    openCases: 'Open cases',
    newTitle: 'Or start a new case, titled:',
    create: 'Create and add',
    titleNeeded: 'Enter a title for the case.',
  },
  create: {
    title: 'New case',
    name: 'Title',
    description: 'Summary',
    submit: 'Create case',
  },
  detail: {
    choose: 'Choose a case above.',
    owner: 'Owner: {{name}}',
    created: 'Opened {{date}}',
    status: 'Case status',
    alerts: 'Alerts',
    accounts: 'Accounts',
    evidence: 'Evidence',
    timeline: 'Timeline',
    noAlerts: 'No alerts yet. Use “Add to case” in an alert’s details.',
    noAccounts: 'No accounts yet.',
    noEvidence:
      'No evidence yet. Add snapshots or rows from an alert’s details, the Overview map or the account graph.',
    provenance: 'From: {{view}}',
    addedBy: 'Added by {{name}} on {{date}}',
  },
  evidenceKinds: {
    map: 'Map snapshot',
    chart: 'Chart snapshot',
    graph: 'Graph snapshot',
    rows: 'Rows',
  },
};
