import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ShieldCheck } from 'lucide-react';
import { APP_PAGES } from '../../shared/host/hostApi';
import { PAGE_ICONS } from '../app/pageIcons';
import { pagePath } from '../app/pagePath';
import { RailActions } from './RailActions';
import { pageShortcut } from './shortcuts';

/** The left rail: the eight pages in menu order, then the workspace actions. */
export function NavRail() {
  const { t } = useTranslation();
  return (
    <div className="rail">
      <div className="rail__brand">
        <ShieldCheck aria-hidden="true" size={20} />
        <span className="rail__brand-name">{t('app.name')}</span>
      </div>
      <nav className="rail__nav" aria-label={t('shell.navLabel')}>
        <ul className="rail__list">
          {APP_PAGES.map((page) => {
            const Icon = PAGE_ICONS[page];
            return (
              <li key={page}>
                {/* NavLink sets aria-current="page" on the active link. */}
                <NavLink
                  className="rail__link"
                  to={pagePath(page)}
                  aria-keyshortcuts={pageShortcut(page)}
                >
                  <Icon aria-hidden="true" size={18} />
                  <span className="rail__label">{t(`pages.${page}`)}</span>
                </NavLink>
              </li>
            );
          })}
        </ul>
      </nav>
      <RailActions />
    </div>
  );
}
