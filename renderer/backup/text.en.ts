import type { Messages } from '../i18n/messages';

/** The `backup` section of the English UI text. */
export const backupEn: Messages['backup'] = {
  title: 'Backup and restore',
  explanation:
    "A backup holds this workstation's own work: dispositions, alert states, cases, evidence, reports and their versions, drafts, saved views, review requests, local users, the audit log and settings. It holds no imported datasets and no private keys. The file is encrypted with age and signed with this workstation's signing key.",
  export: {
    heading: 'Make a backup',
    encryption: 'Encrypt to',
    own: "This workstation's recipient",
    ownDescription:
      'Only a workstation holding this identity (or that imported it) can restore it.',
    recipient: 'An age recipient',
    recipientDescription: "For example another workstation's recipient (age1…).",
    passphrase: 'A passphrase',
    passphraseDescription: 'Restores on any workstation with the passphrase; keep it safe.',
    recipientLabel: 'age recipient',
    passphraseLabel: 'Backup passphrase',
    passphraseHint: 'At least {{min}} characters.',
    button: 'Make backup',
    running: 'Making the backup…',
    done: 'Backup saved: {{rows}} records, {{audit}} of them audit entries. {{location}}',
    errors: {
      'bad-recipient': 'A recipient is 62 characters starting with age1.',
      'no-keys': 'This workstation has no keys yet to sign or encrypt a backup.',
      'short-passphrase': 'The passphrase is too short: at least {{min}} characters.',
    },
  },
  restore: {
    heading: 'Restore a backup',
    replaceNotice:
      "Restoring replaces this workstation's work and audit log with the backup's (the audit chain comes back as it was and still verifies); the backup's users are added to the ones here and its settings apply. Imported datasets and keys stay.",
    choose: 'Choose backup file',
    signer: 'Signer fingerprint',
    ownSigner: '(signed by this workstation)',
    otherSigner: '(signed by another workstation: compare the fingerprint with its owner)',
    created: 'Made {{time}}',
    passphraseLabel: 'Backup passphrase',
    confirm: 'Fingerprint checked: restore',
    cancel: 'Cancel',
    running: 'Restoring…',
    done: 'Restored: {{rows}} records, {{audit}} of them audit entries.',
    refused: 'Not restored, nothing here changed: {{message}}',
    problems: {
      'not-a-backup': 'The file is not a workstation backup.',
      'bad-signature':
        'The signature does not match the content: the file was changed after it was signed.',
      'not-a-recipient':
        'No identity on this workstation decrypts this backup: it is encrypted to {{recipient}}.',
      'wrong-passphrase': 'The passphrase is wrong.',
      'bad-contents': 'The backup contents are not valid.',
    },
    quota:
      'Out of storage space: the backup was not written and nothing here changed. Check the usage under Storage and try again.',
  },
};
