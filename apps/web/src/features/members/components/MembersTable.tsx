import { useMutation } from '@apollo/client/react';
import { App, Button, Popconfirm, Select, Switch, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MembersQuery, Role } from '../../../gql/graphql';
import { readableError } from '../../../lib/errors';
import { DEACTIVATE_USER, MEMBERS, REACTIVATE_USER, UPDATE_USER_ACCESS } from '../graphql/members';

type Member = MembersQuery['users'][number];

export function MembersTable({ users, roles, selfId }: { users: Member[]; roles: Role[]; selfId?: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [deactivate] = useMutation(DEACTIVATE_USER, { refetchQueries: [MEMBERS] });
  const [reactivate] = useMutation(REACTIVATE_USER, { refetchQueries: [MEMBERS] });
  const [updateAccess] = useMutation(UPDATE_USER_ACCESS, { refetchQueries: [MEMBERS] });
  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      void message.success(done);
    } catch (e) {
      void message.error(readableError(e, t).message);
    }
  };
  return (
    <Table
      rowKey="id"
      dataSource={users}
      pagination={false}
      scroll={{ x: 720 }}
      locale={{ emptyText: t('members.noUsers') }}
      style={{ marginBottom: 24 }}
      columns={[
        { title: t('admin.displayName'), dataIndex: 'displayName' },
        { title: t('auth.email'), dataIndex: 'email' },
        {
          title: t('admin.role'),
          dataIndex: 'role',
          render: (role: Role, u) =>
            roles.length > 1 && u.id !== selfId ? (
              <Select
                size="small"
                aria-label={`${t('admin.role')} · ${u.displayName}`}
                value={role}
                style={{ minWidth: 120 }}
                onChange={(next: Role) =>
                  void run(
                    () => updateAccess({ variables: { input: { userId: u.id, role: next } } }),
                    t('members.accessSaved'),
                  )
                }
                options={roles.map((r) => ({ value: r, label: t(`enums.role.${r}`) }))}
              />
            ) : (
              t(`enums.role.${role}`)
            ),
        },
        {
          title: t('members.orgAdmin'),
          dataIndex: 'orgAdmin',
          render: (orgAdmin: boolean, u) => (
            <Switch
              size="small"
              checked={orgAdmin}
              disabled={u.id === selfId}
              aria-label={`${t('members.orgAdmin')} · ${u.displayName}`}
              onChange={(next) =>
                void run(
                  () => updateAccess({ variables: { input: { userId: u.id, orgAdmin: next } } }),
                  t('members.accessSaved'),
                )
              }
            />
          ),
        },
        {
          title: t('members.status'),
          dataIndex: 'active',
          render: (_: boolean, u) =>
            u.deactivatedAt ? <Tag>{t('members.deactivated')}</Tag> : <Tag color="green">{t('members.active')}</Tag>,
        },
        {
          title: t('members.actions'),
          key: 'actions',
          render: (_: unknown, u) =>
            u.id === selfId ? null : u.deactivatedAt ? (
              <Button
                size="small"
                onClick={() =>
                  void run(() => reactivate({ variables: { userId: u.id } }), t('members.reactivatedDone'))
                }
              >
                {t('members.reactivate')}
              </Button>
            ) : (
              <Popconfirm
                title={t('members.deactivateConfirm')}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={() => run(() => deactivate({ variables: { userId: u.id } }), t('members.deactivatedDone'))}
              >
                <Button size="small" danger>
                  {t('members.deactivate')}
                </Button>
              </Popconfirm>
            ),
        },
      ]}
    />
  );
}
