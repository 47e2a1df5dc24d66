import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigation } from 'react-router-dom';
import { Header } from './header';

export function AppLayout() {
  const { t } = useTranslation();
  const navigation = useNavigation();
  return (
    <>
      <a href="#main" className="skip-link">
        {t('nav.skip')}
      </a>
      <Header />
      <main id="main" tabIndex={-1} className="main" aria-busy={navigation.state === 'loading' || undefined}>
        <Suspense fallback={<p aria-busy="true">{t('loading')}</p>}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('footer.text')}</p>
      </footer>
    </>
  );
}
