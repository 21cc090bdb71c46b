import { useMutation } from '@apollo/client/react';
import { App, Button, Popconfirm, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../components/dates';
import type { MembersQuery } from '../../../gql/graphql';
import { readableError } from '../../../lib/errors';
import { MEMBERS, REISSUE_INVITATION, RESEND_INVITATION, REVOKE_INVITATION } from '../graphql/members';

type Invitation = MembersQuery['invitations'][number];

/** Open invitations, expired ones included: resend (same expiry), reissue (14 more days), revoke. */
export function InvitationsTable({
  invitations,
  onSent,
}: {
  invitations: Invitation[];
  onSent: (token: string | null | undefined, done: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [resend] = useMutation(RESEND_INVITATION, { refetchQueries: [MEMBERS] });
  const [reissue] = useMutation(REISSUE_INVITATION, { refetchQueries: [MEMBERS] });
  const [revoke] = useMutation(REVOKE_INVITATION, { refetchQueries: [MEMBERS] });
  const fail = (e: unknown) => void message.error(readableError(e, t).message);
  return (
    <Table
      rowKey={(i) => i.user.id}
      dataSource={invitations}
      pagination={false}
      scroll={{ x: 720 }}
      locale={{ emptyText: t('members.noInvitations') }}
      columns={[
        { title: t('admin.displayName'), key: 'name', render: (_: unknown, i) => i.user.displayName },
        { title: t('auth.email'), key: 'email', render: (_: unknown, i) => i.user.email },
        { title: t('admin.role'), key: 'role', render: (_: unknown, i) => t(`enums.role.${i.user.role}`) },
        {
          title: t('members.expiresAt'),
          dataIndex: 'expiresAt',
          render: (v: string) => formatDateTime(v, i18n.language),
        },
        {
          title: t('members.status'),
          dataIndex: 'expired',
          render: (expired: boolean) =>
            expired ? <Tag color="red">{t('members.expired')}</Tag> : <Tag color="blue">{t('members.pending')}</Tag>,
        },
        {
          title: t('members.actions'),
          key: 'actions',
          render: (_: unknown, i) => (
            <Space wrap size={4}>
              {i.expired ? null : (
                <Button
                  size="small"
                  onClick={() =>
                    void resend({ variables: { userId: i.user.id } }).then(
                      (r) => onSent(r.data?.resendInvitation.invitationToken, t('members.resent')),
                      fail,
                    )
                  }
                >
                  {t('members.resend')}
                </Button>
              )}
              <Button
                size="small"
                onClick={() =>
                  void reissue({ variables: { userId: i.user.id } }).then(
                    (r) => onSent(r.data?.reissueInvitation.invitationToken, t('members.reissued')),
                    fail,
                  )
                }
              >
                {t('members.reissue')}
              </Button>
              <Popconfirm
                title={t('members.revokeConfirm')}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={() =>
                  revoke({ variables: { userId: i.user.id } }).then(
                    () => void message.success(t('members.revoked')),
                    fail,
                  )
                }
              >
                <Button size="small" danger>
                  {t('members.revoke')}
                </Button>
              </Popconfirm>
            </Space>
          ),
        },
      ]}
    />
  );
}
