/** The app's session lock: the app keyring, the revealed fields and the window's session. */
import { forgetRevealedFields } from '../alerts/revealedFields';
import { keyring } from '../keys/identities';
import { useAppStore } from '../store';
import { lockSession, signIn } from './session';
import { createSessionLock } from './sessionLock';

export const { lockWorkstation, passphraseNeeded, checkPassphrase, unlockWorkstation } =
  createSessionLock({
    keys: keyring,
    forgetRevealedFields,
    lockSession: () => {
      // App-wide dialogs (shortcuts, about) open in the top layer, above the lock screen.
      useAppStore.getState().closeDialog();
      lockSession();
    },
    signIn,
  });
