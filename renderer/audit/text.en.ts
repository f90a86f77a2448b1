import type { Messages } from '../i18n/messages';

/** The `audit` section of the English UI text. */
export const auditEn: Messages['audit'] = {
  listTitle: 'Entries',
  tableLabel: 'Audit log entries',
  emptyTitle: 'The audit log is empty',
  emptyBody:
    'Imports, purges, dispositions and exports are recorded here, one entry each, as they happen.',
  columns: {
    seq: 'Seq.',
    time: 'Time',
    actor: 'Actor',
    action: 'Action',
    entity: 'Object',
    change: 'Change (before → after)',
    hash: 'Hash',
  },
  shown: 'Showing the latest {{shown}} of {{total}} entries (at most {{limit}} at a time)',
  around: 'Showing the entries around #{{seq}}',
  filters: {
    label: 'Filter the audit log',
    any: 'Any',
    text: 'Search objects and changes',
    reset: 'Clear filters',
  },
  integrity: {
    title: 'Integrity',
    explanation:
      'Each entry’s hash covers its content and the previous entry’s hash, forming a chain: editing, removing or reordering any entry makes verification fail from that entry on.',
    verify: 'Verify the hash chain',
    running: 'Verifying…',
    ok_one: 'The chain is intact: {{count}} entry, unaltered.',
    ok_other: 'The chain is intact: {{count}} entries, unaltered.',
    broken: 'The chain breaks at entry #{{seq}}.',
    reason: {
      hash: 'Its content does not match its hash, or the entry before it was altered: entries from here on cannot be trusted.',
      sequence: 'The sequence has a gap: an entry was removed or inserted.',
    },
    show: 'Show entry #{{seq}}',
    breaksHere: 'breaks here',
  },
  export: {
    button: 'Export signed NDJSON',
    done_one: 'Exported {{count}} entry, signed with this workstation’s key: {{location}}',
    done_other: 'Exported {{count}} entries, signed with this workstation’s key: {{location}}',
  },
};
