import type { Messages } from '../i18n/messages';

/** The `users` section of the English UI text. */
export const usersEn: Messages['users'] = {
  lockTitle: 'Workstation locked',
  lockBody:
    'Enter the workstation passphrase and choose your profile to continue. Profiles stay on this workstation; everything you do is recorded in the audit log under the profile you choose.',
  passphrase: 'Workstation passphrase',
  passphraseMissing: 'Enter the workstation passphrase first.',
  unlocking: 'Checking the passphrase…',
  noPassphrase:
    'This workstation’s keys are sealed by the operating system keystore, so unlocking asks for no passphrase: lock your operating system session too when you leave.',
  profiles: 'Profiles',
  newProfile: 'New profile',
  name: 'Name',
  role: 'Role',
  create: 'Create and sign in',
  switch: 'Lock and switch user',
  roles: {
    examiner: 'Examiner',
    compliance_officer: 'Compliance officer',
  },
  problems: {
    empty: 'Enter a name.',
    taken: 'A profile with this name exists.',
  },
  noUserTitle: 'Choose a user first',
  noUserBody:
    'Triage is done in a named user’s name. Lock the workstation and choose or create a profile.',
  chooseUser: 'Choose user',
};
