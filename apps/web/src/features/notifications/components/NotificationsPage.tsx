import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Empty, List, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { formatDateTime } from '../../../components/dates';
import { MARK_NOTIFICATIONS_READ, NOTIFICATIONS } from '../graphql/notifications';

export default function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(NOTIFICATIONS, { variables: { first: 100 } });
  const [markRead, m] = useMutation(MARK_NOTIFICATIONS_READ, { refetchQueries: [NOTIFICATIONS] });
  const items = data?.notifications ?? [];
  const unread = items.filter((n) => !n.read).map((n) => n.id);
  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        extra={
          <Button
            disabled={unread.length === 0}
            loading={m.loading}
            onClick={() => void markRead({ variables: { ids: unread } })}
          >
            {t('notifications.markAllRead')}
          </Button>
        }
      />
      <ErrorAlert error={error} />
      <List
        loading={loading && !data}
        dataSource={items}
        locale={{ emptyText: <Empty description={t('notifications.empty')} /> }}
        renderItem={(n) => (
          <List.Item
            actions={
              n.read
                ? []
                : [
                    <Button key="read" size="small" onClick={() => void markRead({ variables: { ids: [n.id] } })}>
                      {t('notifications.markRead')}
                    </Button>,
                  ]
            }
          >
            <List.Item.Meta
              title={
                <>
                  {!n.read ? <Tag color="blue">{t('notifications.unread')}</Tag> : null}
                  {n.link !== '/notifications' ? <Link to={n.link}>{n.message}</Link> : n.message}
                </>
              }
              description={`${t(`enums.notificationKind.${n.kind}`)} · ${formatDateTime(n.createdAt, i18n.language)}`}
            />
          </List.Item>
        )}
      />
    </>
  );
}
