import type { Messages } from './messages';

/** English UI text; typed by the Chinese resource, so a missing or extra key fails to compile. */
export const en: Messages = {
  app: {
    name: 'Examiner Workstation',
    documentTitle: '{{page}} · Examiner Workstation',
  },
  pages: {
    datasets: 'Datasets',
    overview: 'Overview',
    alerts: 'Alerts',
    graph: 'Account graph',
    cases: 'Cases',
    reports: 'Reports',
    audit: 'Audit log',
    settings: 'Settings',
  },
  intro: {
    datasets:
      'Sources of the regulatory data sandbox, and the datasets imported to this workstation.',
    overview: 'The imported data and the state of the analysis at a glance.',
    alerts:
      'Alerts on unusual trading raised by the sandbox models and surveillance rules, for triage one by one.',
    graph:
      'Accounts that one party may control, linked through shared identifiers, fund transfers and counterparties.',
    cases:
      'Each case gathers the alerts, accounts and evidence of one lead, with the analysis and its conclusions.',
    reports: 'Supervisory reports drafted from cases.',
    audit: 'A record of the imports, purges, dispositions and exports made on this workstation.',
    settings: 'Interface, session, sources, key protection and local storage.',
  },
  common: {
    close: 'Close',
    loading: 'Loading…',
    notAvailable: '—',
  },
  shell: {
    skipToContent: 'Skip to main content',
    navLabel: 'Main navigation',
    actionsLabel: 'Workspace actions',
    switchToDark: 'Switch to dark theme',
    switchToLight: 'Switch to light theme',
    showShortcuts: 'Keyboard shortcuts',
    hideWorkspace: 'Hide workspace',
    about: 'About Examiner Workstation',
  },
  status: {
    noDataset: 'No dataset imported',
    latest: 'Latest import: {{title}}',
    version: 'version {{version}}',
    importedAgo: 'imported {{ago}}',
    pastRetention_one: '{{count}} past its retention deadline',
    pastRetention_other: '{{count}} past their retention deadline',
    total_one: '{{count}} dataset in all',
    total_other: '{{count}} datasets in all',
    userLabel: 'Current user',
    noUser: 'No user set up yet',
    roles: {
      examiner: 'Examiner',
      compliance_officer: 'Compliance officer',
    },
  },
  shortcuts: {
    title: 'Keyboard shortcuts',
    groups: {
      navigation: 'Pages',
      general: 'General',
    },
    keysColumn: 'Keys',
    or: 'or',
    goTo: 'Go to {{page}}',
    showShortcuts: 'Show this list',
    closeDialog: 'Close a dialog',
  },
  about: {
    title: 'About Examiner Workstation',
    name: 'Name',
    version: 'Version',
    host: 'Runs as',
    hostKind: {
      electron: 'Desktop app (Electron)',
      browser: 'Browser',
    },
    platform: 'Platform',
    systemLocale: 'System locale',
    versions: 'Component versions',
    component: 'Component',
  },
  privacy: {
    title: 'Workspace hidden',
    reasonManual: 'The workspace is hidden as you asked; no data is on screen.',
    reasonIdle_one: 'Nothing happened for {{count}} minute, so the workspace was hidden.',
    reasonIdle_other: 'Nothing happened for {{count}} minutes, so the workspace was hidden.',
    noPassphrase:
      'No passphrase lock is set up yet: anyone at this computer can show the workspace again.',
    reveal: 'Show workspace',
  },
  noDataset: {
    title: 'No dataset imported yet',
    body: 'Pull one from Datasets: a package published by a sandbox source.',
    action: 'Go to Datasets',
  },
  freshness: {
    title: 'Data freshness',
    remaining_one: '{{count}} day left',
    remaining_other: '{{count}} days left',
    expired: 'Expired, due for purge',
  },
  datasets: {
    sourcesTitle: 'Sandbox sources',
    sourcesEmptyTitle: 'No sandbox source configured yet',
    sourceExplanation:
      'A sandbox source is a repository where the regulatory data sandbox publishes its packages: an HTTPS address, or a folder on removable media for workstations without a network. Every package is signed by its publisher and encrypted to named workstations or analysts; this workstation trusts only the publisher keys that you have installed yourself.',
    configureSources: 'Configure sources in Settings',
    importedTitle: 'Imported datasets',
    importedEmptyTitle: 'No dataset imported yet',
    importedEmptyNoSource:
      'Once a sandbox source is configured, its packages can be pulled and imported here.',
    importedEmptyWithSource:
      'Sources are configured, but no package has been pulled from them yet.',
    columns: {
      title: 'Dataset',
      id: 'ID',
      version: 'Version',
      kind: 'Kind',
      imported: 'Imported',
      expires: 'Retained until',
    },
    kind: {
      full: 'Full',
      delta: 'Delta',
    },
  },
  sources: {
    columns: {
      name: 'Name',
      location: 'Location',
      publisher: 'Publisher key fingerprint',
      added: 'Added',
    },
    folder: 'Folder: {{label}}',
    folderNotGranted: 'Folder (access no longer granted)',
  },
  overview: {
    statsLabel: 'Data summary',
    datasets: 'Imported datasets',
    lastImport: 'Last import',
    alerts: 'Alerts',
    cases: 'Cases',
    reports: 'Reports',
  },
  alerts: {
    countTitle: 'Alerts by typology',
    typologyColumn: 'Typology',
    countColumn: 'Alerts',
    emptyTitle: 'No alerts',
    emptyBody: 'The imported datasets contain no alerts.',
    total_one: 'The imported datasets contain {{count}} alert.',
    total_other: 'The imported datasets contain {{count}} alerts.',
  },
  typology: {
    continuous_trading: 'Continuous trading manipulation',
    matched_orders: 'Matched orders',
    wash_trade: 'Wash trading',
    spoofing: 'Spoofing',
    marking_close: 'Marking the close',
    misleading_info: 'Misleading information',
    scalping: 'Scalping',
    cross_market: 'Cross-market manipulation',
    insider_trading: 'Insider trading',
    front_running: 'Trading on non-public information',
    account_control: 'Control of related accounts',
    other: 'Other',
  },
  graph: {
    statsLabel: 'Size of the graph data',
    accounts: 'Accounts',
    identifiers: 'Account identifiers',
    transfers: 'Fund transfers',
    sourceTitle: 'Data for the graph',
    explanation:
      'The account graph draws accounts as nodes, linked by the devices, IP addresses, phone numbers and bank cards they share and by fund transfers and counterparties, to bring out groups of accounts that one party may control or borrow.',
    available_one: '{{count}} dataset is available to build the graph.',
    available_other: '{{count}} datasets are available to build the graph.',
  },
  cases: {
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
      updated: 'Updated',
    },
    status: {
      open: 'Open',
      in_review: 'In review',
      closed: 'Closed',
    },
  },
  reports: {
    listTitle: 'All reports',
    emptyTitle: 'No reports yet',
    emptyBody: 'Reports are drafted from a case, once its evidence and conclusions are in order.',
    total_one: '{{count}} report.',
    total_other: '{{count}} reports.',
    columns: {
      title: 'Title',
      kind: 'Kind',
      status: 'Status',
      updated: 'Updated',
    },
    kind: {
      case: 'Case report',
      thematic: 'Thematic report',
      periodic: 'Periodic report',
    },
    status: {
      draft: 'Draft',
      final: 'Final',
    },
  },
  audit: {
    listTitle: 'Entries',
    emptyTitle: 'The audit log is empty',
    emptyBody:
      'Imports, purges, dispositions and exports are recorded here, one entry each, as they happen.',
    columns: {
      seq: 'Seq.',
      time: 'Time',
      actor: 'Actor',
      action: 'Action',
      entity: 'Object',
    },
    shown: 'Showing the latest {{shown}} of {{total}} entries',
  },
  settings: {
    appearance: {
      title: 'Language and theme',
    },
    language: {
      legend: 'Interface language',
      system: 'Follow the system',
      systemCurrent: 'currently {{language}}',
    },
    languageNames: {
      'zh-CN': '中文',
      en: 'English',
    },
    theme: {
      legend: 'Theme',
      system: 'Follow the system',
      light: 'Light',
      dark: 'Dark',
      systemCurrent: 'currently {{theme}}',
    },
    session: {
      title: 'Session lock',
      label: 'Minutes without activity before the workspace is hidden',
      hint: 'A whole number from {{min}} to {{max}}. After that long without keyboard or mouse input, the workspace is hidden.',
      invalid: 'Enter a whole number from {{min}} to {{max}}.',
      save: 'Save',
      saved: 'Saved.',
    },
    sources: {
      title: 'Sources',
      empty: 'None configured.',
    },
    keys: {
      title: 'Key protection',
      protection: 'Protection',
      backend: 'Backend',
      os: 'Operating-system keystore',
      passphrase: 'Passphrase',
      osExplanation:
        'This workstation’s keys are sealed by the operating system’s keystore; only the current system account can unseal them.',
      passphraseExplanation:
        'No operating-system keystore is available here, so this workstation’s keys are encrypted with a passphrase that you choose.',
      failed: 'Could not read the key protection: {{message}}',
    },
    storage: {
      title: 'Local storage',
      usage: '{{used}} used of {{quota}}',
      usageLabel: 'Storage used',
      unavailable: 'Storage use cannot be estimated here.',
      persistence: 'Persistent storage',
      persisted: 'Granted: the browser will not clear local data when the disk runs low.',
      notPersisted: 'Not granted: the browser may clear local data when the disk runs low.',
      requestPersistence: 'Request persistent storage',
      requestDenied: 'The request was not granted.',
    },
    about: {
      title: 'About',
    },
    saveFailed: 'Could not save: {{message}}',
  },
  error: {
    title: 'Something went wrong on this page',
    body: 'An error stopped this page from showing; no data was changed. Reloading usually helps.',
    details: 'Error details',
    reload: 'Reload',
  },
};
