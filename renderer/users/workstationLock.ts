/** The app's session lock: the app keyring, the revealed fields and the window's session. */
import { forgetRevealedFields } from '../alerts/revealedFields';
import { keyring } from '../keys/identities';
import { lockSession, signIn } from './session';
import { createSessionLock } from './sessionLock';

export const { lockWorkstation, passphraseNeeded, checkPassphrase, unlockWorkstation } =
  createSessionLock({ keys: keyring, forgetRevealedFields, lockSession, signIn });
