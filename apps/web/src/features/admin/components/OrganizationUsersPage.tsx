import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Form, Input, Modal, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingBlock } from '../../../components/LoadingBlock';
import { PageHeader } from '../../../components/PageHeader';
import { ROLES } from '../../../lib/enums';
import { readableError } from '../../../lib/errors';
import { INVITE_USER, ORGANIZATION_USERS } from '../graphql/admin';

/** An organisation's people; inviting shows the link to copy (until e-mail exists). */
export default function OrganizationUsersPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [link, setLink] = useState<string | null>(null);
  const [form] = Form.useForm();
  const { data, loading, error } = useQuery(ORGANIZATION_USERS, { variables: { orgId: id } });
  const [invite, inv] = useMutation(INVITE_USER, { refetchQueries: [ORGANIZATION_USERS] });
  if (loading && !data) return <LoadingBlock />;
  if (!data) return <ErrorAlert error={error} />;
  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    try {
      const res = await invite({ variables: { input: { orgId: id, email: values.email, displayName: values.displayName, role: values.role } } });
      const token = res.data?.inviteUser.invitationToken;
      // The token comes back only without SMTP (development); otherwise the link went by e-mail.
      setLink(token ? `${window.location.origin}/invite?token=${encodeURIComponent(token)}` : null);
      setOpen(false);
      form.resetFields();
    } catch (e) {
      const readable = readableError(e, t);
      form.setFields(readable.fields);
      void message.error(readable.message);
    }
  };
  return (
    <>
      <PageHeader title={data.organization.name} extra={<Button type="primary" onClick={() => setOpen(true)}>{t('admin.invite')}</Button>} />
      {link ? (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setLink(null)}
          style={{ marginBottom: 16 }}
          title={t('admin.inviteLinkTitle')}
          description={
            <>
              <p style={{ margin: '0 0 4px' }}>{t('admin.inviteLinkHelp')}</p>
              <Typography.Paragraph copyable={{ text: link, tooltips: [t('common.copy'), t('common.copied')] }} style={{ marginBottom: 0, wordBreak: 'break-all' }} data-testid="invite-link">
                {link}
              </Typography.Paragraph>
            </>
          }
        />
      ) : null}
      <Table
        rowKey="id"
        dataSource={data.users}
        pagination={false}
        scroll={{ x: 560 }}
        columns={[
          { title: t('admin.displayName'), dataIndex: 'displayName' },
          { title: t('auth.email'), dataIndex: 'email' },
          { title: t('admin.role'), dataIndex: 'role', render: (v: string) => t(`enums.role.${v}`) },
          { title: t('common.status'), dataIndex: 'active', render: (v: boolean) => (v ? <Tag color="green">{t('admin.active')}</Tag> : <Tag>{t('admin.invited')}</Tag>) },
        ]}
      />
      <Modal open={open} title={t('admin.invite')} onOk={() => void submit()} onCancel={() => setOpen(false)} okText={t('admin.sendInvite')} cancelText={t('common.cancel')} confirmLoading={inv.loading}>
        <Form form={form} layout="vertical">
          <Form.Item label={t('admin.displayName')} name="displayName" rules={[{ required: true, message: t('form.required') }]}>
            <Input />
          </Form.Item>
          <Form.Item label={t('auth.email')} name="email" rules={[{ required: true, message: t('form.required') }]}>
            <Input type="email" />
          </Form.Item>
          <Form.Item label={t('admin.role')} name="role" rules={[{ required: true, message: t('form.required') }]}>
            <Select options={ROLES.map((r) => ({ value: r, label: t(`enums.role.${r}`) }))} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
