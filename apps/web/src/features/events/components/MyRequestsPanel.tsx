import { useMutation } from '@apollo/client/react';
import { App, Button, Empty, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../components/dates';
import type { EventParticipantFieldsFragment, MeetingRequestFieldsFragment } from '../../../gql/graphql';
import { readableError } from '../../../lib/errors';
import { RESPOND_MEETING_REQUEST } from '../graphql/events';
import { RequestStatusTag } from './RequestStatusTag';

/** Participants: requests to answer and requests sent, by name. */
export function MyRequestsPanel({
  me,
  requests,
  nameOf,
  onChanged,
}: {
  me: EventParticipantFieldsFragment | undefined;
  requests: MeetingRequestFieldsFragment[];
  nameOf: (id: string) => string;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [respond, state] = useMutation(RESPOND_MEETING_REQUEST);
  const answer = async (requestId: string, accept: boolean) => {
    try {
      await respond({ variables: { input: { requestId, accept } } });
      void message.success(accept ? t('events.myRequests.accepted') : t('events.myRequests.declined'));
      onChanged();
    } catch (e) {
      void message.error(readableError(e, t).message);
    }
  };
  const incoming = requests.filter((r) => r.toParticipantId === me?.id);
  const outgoing = requests.filter((r) => r.fromParticipantId === me?.id);
  const columns = (side: 'in' | 'out') => [
    {
      title: side === 'in' ? t('events.requests.from') : t('events.requests.to'),
      key: 'who',
      render: (_: unknown, r: MeetingRequestFieldsFragment) =>
        nameOf(side === 'in' ? r.fromParticipantId : r.toParticipantId),
    },
    { title: t('events.requests.message'), dataIndex: 'message', render: (m: string) => m || '—' },
    {
      title: t('events.fields.status'),
      dataIndex: 'status',
      width: 90,
      render: (s: string) => <RequestStatusTag status={s} />,
    },
    {
      title: t('events.myRequests.expiresAt'),
      dataIndex: 'expiresAt',
      width: 170,
      render: (v: string | null) => formatDateTime(v, i18n.language),
    },
    ...(side === 'in'
      ? [
          {
            title: t('events.requests.action'),
            key: 'a',
            width: 170,
            render: (_: unknown, r: MeetingRequestFieldsFragment) =>
              r.status === 'PENDING' ? (
                <Space>
                  <Button
                    size="small"
                    type="primary"
                    loading={state.loading}
                    onClick={() => void answer(r.id, true)}
                    aria-label={t('events.myRequests.acceptFrom', { name: nameOf(r.fromParticipantId) })}
                  >
                    {t('events.myRequests.accept')}
                  </Button>
                  <Button
                    size="small"
                    loading={state.loading}
                    onClick={() => void answer(r.id, false)}
                    aria-label={t('events.myRequests.declineFrom', { name: nameOf(r.fromParticipantId) })}
                  >
                    {t('events.myRequests.decline')}
                  </Button>
                </Space>
              ) : null,
          },
        ]
      : []),
  ];
  return (
    <>
      <h2 style={{ fontSize: 16 }}>{t('events.myRequests.incoming')}</h2>
      <Table
        rowKey="id"
        size="small"
        dataSource={incoming}
        columns={columns('in')}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{ emptyText: <Empty description={t('events.myRequests.noIncoming')} /> }}
        style={{ marginBottom: 24 }}
      />
      <h2 style={{ fontSize: 16 }}>{t('events.myRequests.outgoing')}</h2>
      <Table
        rowKey="id"
        size="small"
        dataSource={outgoing}
        columns={columns('out')}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{ emptyText: <Empty description={t('events.myRequests.noOutgoing')} /> }}
      />
    </>
  );
}
