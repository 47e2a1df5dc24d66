import { useTranslation } from 'react-i18next';
import { Link, NavLink, useNavigate } from 'react-router-dom';
import { paths } from '@/config/paths';
import { useLogout } from '@/features/auth/api/logout';
import { hasRole, useIsSignedIn, useUser } from '@/lib/auth';
import { LanguageSwitcher } from './language-switcher';

export function Header() {
  const { t } = useTranslation();
  const signedIn = useIsSignedIn();
  const user = useUser();
  const navigate = useNavigate();
  const logout = useLogout({ onSuccess: () => navigate(paths.auth.signIn.getHref()) });

  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to={paths.home.getHref()} className="brand">
          {t('app.name')}
        </Link>
        <nav aria-label={t('nav.label')} className="site-nav">
          <ul>
            <li>
              <NavLink to={paths.catalogue.getHref()}>{t('nav.catalogue')}</NavLink>
            </li>
            {signedIn ? (
              <>
                <li>
                  <NavLink to={paths.myLearning.getHref()}>{t('nav.myLearning')}</NavLink>
                </li>
                <li>
                  <NavLink to={paths.network.getHref()}>{t('nav.network')}</NavLink>
                </li>
                <li>
                  <NavLink to={paths.communities.getHref()}>{t('nav.communities')}</NavLink>
                </li>
                <li>
                  <NavLink to={paths.profile.getHref()}>{t('nav.profile')}</NavLink>
                </li>
                {(hasRole(user.data, 'TRAINER') || hasRole(user.data, 'MANAGER') || hasRole(user.data, 'ADMIN')) && (
                  <li>
                    <NavLink to={paths.reviews.getHref()}>{t('nav.reviews')}</NavLink>
                  </li>
                )}
                {hasRole(user.data, 'TRAINER') && (
                  <li>
                    <NavLink to={paths.teaching.getHref()}>{t('nav.teaching')}</NavLink>
                  </li>
                )}
                {(hasRole(user.data, 'MANAGER') || hasRole(user.data, 'ADMIN')) && (
                  <li>
                    <NavLink to={paths.manage.programmes.getHref()}>{t('nav.manage')}</NavLink>
                  </li>
                )}
                {(hasRole(user.data, 'TRAINER') || hasRole(user.data, 'MANAGER') || hasRole(user.data, 'ADMIN')) && (
                  <li>
                    <NavLink to={paths.reports.getHref()}>{t('nav.reports')}</NavLink>
                  </li>
                )}
                {hasRole(user.data, 'ADMIN') && (
                  <li>
                    <NavLink to={paths.admin.users.getHref()}>{t('nav.admin')}</NavLink>
                  </li>
                )}
                <li>
                  <button type="button" className="link-button" onClick={() => logout.mutate()}>
                    {t('nav.signOut')}
                  </button>
                </li>
              </>
            ) : (
              <>
                <li>
                  <NavLink to={paths.auth.signIn.getHref()}>{t('nav.signIn')}</NavLink>
                </li>
                <li>
                  <NavLink to={paths.auth.signUp.getHref()}>{t('nav.signUp')}</NavLink>
                </li>
              </>
            )}
          </ul>
        </nav>
        <LanguageSwitcher />
      </div>
    </header>
  );
}
