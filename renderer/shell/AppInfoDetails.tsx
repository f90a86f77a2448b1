import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';

/** AppInfo as the host reports it: for the About dialog and the Settings page. */
export function AppInfoDetails() {
  const { t } = useTranslation();
  const appInfo = useAppStore((state) => state.appInfo);
  if (!appInfo) return <p className="muted">{t('common.notAvailable')}</p>;
  const versions = Object.entries(appInfo.versions).sort(([a], [b]) => a.localeCompare(b));
  return (
    <>
      <dl className="definition-list">
        <dt>{t('about.name')}</dt>
        <dd>{appInfo.name}</dd>
        <dt>{t('about.version')}</dt>
        <dd className="mono">{appInfo.version}</dd>
        <dt>{t('about.host')}</dt>
        <dd>{t(`about.hostKind.${appInfo.host}`)}</dd>
        <dt>{t('about.platform')}</dt>
        <dd className="mono">{appInfo.platform}</dd>
        <dt>{t('about.systemLocale')}</dt>
        <dd className="mono">{appInfo.systemLocale || t('common.notAvailable')}</dd>
      </dl>
      {versions.length > 0 && (
        <table className="table">
          <caption className="visually-hidden">{t('about.versions')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('about.component')}</th>
              <th scope="col">{t('about.version')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map(([component, version]) => (
              <tr key={component}>
                <td>{component}</td>
                <td className="mono">{version}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
