import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { AppInfoDetails } from './AppInfoDetails';
import { ModalDialog } from './ModalDialog';

export function AboutDialog() {
  const { t } = useTranslation();
  const open = useAppStore((state) => state.openDialog === 'about');
  const closeDialog = useAppStore((state) => state.closeDialog);
  return (
    <ModalDialog open={open} title={t('about.title')} onClose={closeDialog}>
      <AppInfoDetails />
    </ModalDialog>
  );
}
