import { useTranslation } from 'react-i18next';
import { Languages } from 'lucide-react';
import type { LanguageSetting, ThemeSetting } from '../db/records';
import { resolveLanguage } from '../i18n/resolveLanguage';
import { Card } from '../shell/Card';
import { settingsHeadingId } from './sections';
import { useSystemTheme } from '../shell/useTheme';
import { useAppStore } from '../store';
import { RadioGroup } from './RadioGroup';
import { useSaveSetting } from './useSaveSetting';

/** Language and theme: each change applies at once and is stored. */
export function AppearanceSection() {
  const { t } = useTranslation();
  const preferences = useAppStore((state) => state.preferences);
  const systemLocale = useAppStore((state) => state.appInfo?.systemLocale);
  const systemTheme = useSystemTheme();
  const { save, error } = useSaveSetting();
  const systemLanguage = resolveLanguage('system', systemLocale, navigator.language);

  return (
    <Card
      title={t('settings.appearance.title')}
      icon={Languages}
      headingId={settingsHeadingId('appearance')}
    >
      <div className="settings-fields">
        <RadioGroup<LanguageSetting>
          legend={t('settings.language.legend')}
          name="language"
          value={preferences.language}
          onChange={(value) => void save('language', value)}
          options={[
            {
              value: 'system',
              label: t('settings.language.system'),
              description: t('settings.language.systemCurrent', {
                language: t(`settings.languageNames.${systemLanguage}`),
              }),
            },
            { value: 'zh-CN', label: t('settings.languageNames.zh-CN'), lang: 'zh-CN' },
            { value: 'en', label: t('settings.languageNames.en'), lang: 'en' },
          ]}
        />
        <RadioGroup<ThemeSetting>
          legend={t('settings.theme.legend')}
          name="theme"
          value={preferences.theme}
          onChange={(value) => void save('theme', value)}
          options={[
            {
              value: 'system',
              label: t('settings.theme.system'),
              description: t('settings.theme.systemCurrent', {
                theme: t(`settings.theme.${systemTheme}`),
              }),
            },
            { value: 'light', label: t('settings.theme.light') },
            { value: 'dark', label: t('settings.theme.dark') },
          ]}
        />
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </Card>
  );
}
