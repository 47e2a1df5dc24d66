import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { ErrorAlert } from '@/components/ui/alert';
import { paths } from '@/config/paths';
import { useAccess, type Role } from '@/lib/auth';
import { errorMessage } from '@/lib/error-message';
import { ForbiddenRoute } from '../routes/forbidden';

/** Lets through a signed-in person holding one of the roles; anyone anonymous goes to sign-in first. */
export function Guard({ roles }: { roles?: Role[] }) {
  const { t } = useTranslation();
  const location = useLocation();
  const access = useAccess(roles);
  switch (access.state) {
    case 'anonymous':
      return <Navigate to={paths.auth.signIn.getHref(location.pathname + location.search)} replace />;
    case 'loading':
      return (
        <p aria-busy="true" className="loading">
          {t('loading')}
        </p>
      );
    case 'failed':
      return <ErrorAlert>{errorMessage(access.error)}</ErrorAlert>;
    case 'forbidden':
      return <ForbiddenRoute />;
    case 'allowed':
      return <Outlet />;
  }
}
