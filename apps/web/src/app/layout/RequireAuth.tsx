import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../../lib/useSession';

/** Signed-out people go to sign-in and come back to the page they asked for. */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  if (session.status === 'unknown') {
    return (
      <div style={{ display: 'grid', placeItems: 'center', minHeight: '60vh' }} role="status">
        <Spin tip={t('common.loading')}>
          <div style={{ width: 80, height: 80 }} />
        </Spin>
      </div>
    );
  }
  if (session.status === 'signedOut') {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}
