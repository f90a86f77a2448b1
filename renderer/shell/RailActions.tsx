import { useTranslation } from 'react-i18next';
import { EyeOff, Info, Keyboard, Moon, Sun, type LucideIcon } from 'lucide-react';
import { useAppStore } from '../store';
import { useCommandRunner } from './useCommandRunner';
import { useResolvedTheme } from './useTheme';

interface RailButtonProps {
  label: string;
  icon: LucideIcon;
  onClick: () => void;
  keyShortcut?: string;
}

function RailButton({ label, icon: Icon, onClick, keyShortcut }: RailButtonProps) {
  return (
    <button
      type="button"
      className="icon-button"
      aria-label={label}
      title={label}
      aria-keyshortcuts={keyShortcut}
      onClick={onClick}
    >
      <Icon aria-hidden="true" size={18} />
    </button>
  );
}

/** Theme, shortcut sheet, privacy screen and About: the same commands as the native menu. */
export function RailActions() {
  const { t } = useTranslation();
  const run = useCommandRunner();
  const theme = useResolvedTheme();
  const showDialog = useAppStore((state) => state.showDialog);
  const hideWorkspace = useAppStore((state) => state.hideWorkspace);
  return (
    <div className="rail__actions" role="group" aria-label={t('shell.actionsLabel')}>
      <RailButton
        label={theme === 'dark' ? t('shell.switchToLight') : t('shell.switchToDark')}
        icon={theme === 'dark' ? Sun : Moon}
        onClick={() => run({ kind: 'toggle-theme' })}
      />
      <RailButton
        label={t('shell.showShortcuts')}
        icon={Keyboard}
        keyShortcut="?"
        onClick={() => showDialog('shortcuts')}
      />
      <RailButton label={t('shell.hideWorkspace')} icon={EyeOff} onClick={() => hideWorkspace()} />
      <RailButton label={t('shell.about')} icon={Info} onClick={() => showDialog('about')} />
    </div>
  );
}
