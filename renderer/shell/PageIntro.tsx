import { useTranslation } from 'react-i18next';
import type { AppPage } from '../../shared/host/hostApi';

/** One line under the title saying what the page is for. */
export function PageIntro({ page }: { page: AppPage }) {
  const { t } = useTranslation();
  return <p className="page-intro">{t(`intro.${page}`)}</p>;
}
