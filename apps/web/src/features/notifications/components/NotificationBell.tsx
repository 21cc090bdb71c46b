import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Empty, List, Popover } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatDateTime } from '../../../components/dates';
import { MARK_NOTIFICATIONS_READ, NOTIFICATIONS } from '../graphql/notifications';

/** Unread count, the latest notifications, mark read, and a link to what each one is about. */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const { data } = useQuery(NOTIFICATIONS, { variables: { first: 20 }, pollInterval: 60_000 });
  const [markRead] = useMutation(MARK_NOTIFICATIONS_READ, { refetchQueries: [NOTIFICATIONS] });
  const items = data?.notifications ?? [];
  const unread = items.filter((n) => !n.read);
  // The server says where each notice leads: the match request, the event, or the listing's form to renew it.
  const openItem = (id: string, link: string) => {
    void markRead({ variables: { ids: [id] } });
    setOpen(false);
    navigate(link);
  };
  const content = (
    <div style={{ width: 'min(340px, 86vw)' }}>
      {items.length === 0 ? (
        <Empty description={t('notifications.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          dataSource={items.slice(0, 8)}
          renderItem={(n) => (
            <List.Item
              style={{ cursor: 'pointer', fontWeight: n.read ? 400 : 600 }}
              onClick={() => openItem(n.id, n.link)}
            >
              <button
                type="button"
                onClick={() => openItem(n.id, n.link)}
                style={{ all: 'unset', cursor: 'pointer', display: 'block', width: '100%' }}
              >
                <div>{n.message}</div>
                <div style={{ color: '#595959', fontSize: 12, fontWeight: 400 }}>
                  {formatDateTime(n.createdAt, i18n.language)}
                </div>
              </button>
            </List.Item>
          )}
        />
      )}
      <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 8 }}>
        <Button
          size="small"
          disabled={unread.length === 0}
          onClick={() => void markRead({ variables: { ids: unread.map((n) => n.id) } })}
        >
          {t('notifications.markAllRead')}
        </Button>
        <Link to="/notifications" onClick={() => setOpen(false)}>
          {t('notifications.all')}
        </Link>
      </div>
    </div>
  );
  return (
    <Popover
      content={content}
      title={t('notifications.title')}
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      placement="bottomRight"
    >
      <Button
        type="text"
        aria-label={t('notifications.bellLabel', { count: unread.length })}
        data-testid="notification-bell"
      >
        <Badge count={unread.length} size="small">
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
