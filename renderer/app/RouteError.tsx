import { useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TriangleAlert } from 'lucide-react';
import { EmptyState } from '../shell/EmptyState';

/** Shown inside the shell when a page throws, so navigation keeps working. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="card">
      <EmptyState
        icon={TriangleAlert}
        title={t('error.title')}
        actions={
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('error.reload')}
          </button>
        }
      >
        <p>{t('error.body')}</p>
        <details>
          <summary>{t('error.details')}</summary>
          <pre className="mono">{message}</pre>
        </details>
      </EmptyState>
    </div>
  );
}
