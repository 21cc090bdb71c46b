import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Dropdown, Layout, Menu } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { LoadingBlock } from '../../components/LoadingBlock';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { NotificationBell } from '../../features/notifications/components/NotificationBell';
import { apolloClient } from '../../lib/apollo';
import { signOut } from '../../lib/session';
import { useSession } from '../../lib/useSession';
import { type MenuEntry, menuFor } from './menu';

export function AppLayout() {
  const { t } = useTranslation();
  const { user } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [drawer, setDrawer] = useState(false);
  const entries = menuFor(user?.role, user?.orgAdmin);
  const link = (item: MenuEntry) => ({ key: item.path, label: <Link to={item.path}>{t(item.label)}</Link> });
  const admin = entries.filter((e) => e.admin);
  const items = [
    ...entries.filter((e) => !e.admin).map(link),
    ...(admin.length ? [{ key: 'admin', label: t('menu.admin'), children: admin.map(link) }] : []),
  ];
  const selected = entries.filter((e) => location.pathname.startsWith(e.path)).map((e) => e.path);
  const onSignOut = async () => {
    await signOut();
    // The next person signing in on this tab must not see this one's cached data.
    await apolloClient.clearStore();
    navigate('/login', { replace: true });
  };
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <header className="app-header">
        <Button
          className="menu-button"
          type="text"
          icon={<MenuOutlined />}
          aria-label={t('layout.openMenu')}
          onClick={() => setDrawer(true)}
        />
        <Link to="/" className="brand">
          {t('app.name')}
        </Link>
        <nav aria-label={t('layout.mainNav')} className="desktop-nav" style={{ flex: 1, minWidth: 0 }}>
          {/* No overflow menu: its hidden copies of the items stay focusable (axe: aria-hidden-focus); the bar scrolls. */}
          <Menu
            mode="horizontal"
            disabledOverflow
            selectedKeys={selected}
            items={items}
            style={{ borderBottom: 'none' }}
          />
        </nav>
        <NotificationBell />
        <LanguageSwitch />
        <Dropdown
          menu={{
            items: [
              {
                key: 'role',
                label: `${user?.organization?.name ?? ''} · ${t(`enums.role.${user?.role ?? 'OFFICER'}`)}`,
                disabled: true,
              },
              { key: 'account', label: <Link to="/account">{t('account.menu')}</Link> },
              { key: 'signout', label: t('auth.signOut'), onClick: () => void onSignOut() },
            ],
          }}
        >
          <Button type="text">
            <span className="user-name">{user?.displayName}</span>
            <span className="visually-hidden">{t('layout.account')}</span>▾
          </Button>
        </Dropdown>
      </header>
      <Drawer open={drawer} onClose={() => setDrawer(false)} placement="left" title={t('app.name')} size={260}>
        <nav aria-label={t('layout.mainNav')}>
          <Menu mode="inline" selectedKeys={selected} items={items} onClick={() => setDrawer(false)} />
        </nav>
      </Drawer>
      <main className="app-content">
        <Suspense fallback={<LoadingBlock />}>
          <Outlet />
        </Suspense>
      </main>
    </Layout>
  );
}
