import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Form, Input, Modal, Popconfirm, Segmented, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../components/dates';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import type { RegistrationApplicationsQuery, RegistrationStatus } from '../../../gql/graphql';
import { readableError, setFieldErrors } from '../../../lib/errors';
import { APPROVE_REGISTRATION, REGISTRATION_APPLICATIONS, REJECT_REGISTRATION } from '../graphql/registration';

type Application = RegistrationApplicationsQuery['registrationApplications'][number];
const STATUSES: RegistrationStatus[] = ['PENDING', 'APPROVED', 'REJECTED'];
const COLOR: Record<RegistrationStatus, string> = { PENDING: 'blue', APPROVED: 'green', REJECTED: 'red' };

/** Coordinators approve (creates the enterprise and its admin) or reject with a reason; both are e-mailed. */
export default function RegistrationQueuePage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [status, setStatus] = useState<RegistrationStatus>('PENDING');
  const [rejecting, setRejecting] = useState<Application | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const { data, loading, error } = useQuery(REGISTRATION_APPLICATIONS, { variables: { status } });
  const [approve] = useMutation(APPROVE_REGISTRATION, { refetchQueries: [REGISTRATION_APPLICATIONS] });
  const [reject, rejectState] = useMutation(REJECT_REGISTRATION, { refetchQueries: [REGISTRATION_APPLICATIONS] });
  const onApprove = async (a: Application) => {
    try {
      await approve({ variables: { input: { id: a.id, version: a.version } } });
      void message.success(t('registration.approved'));
    } catch (e) {
      void message.error(readableError(e, t).message);
    }
  };
  const onReject = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values || !rejecting) return;
    try {
      await reject({ variables: { input: { id: rejecting.id, version: rejecting.version, reason: values.reason } } });
      setRejecting(null);
      form.resetFields();
      void message.success(t('registration.rejected'));
    } catch (e) {
      const readable = readableError(e, t);
      setFieldErrors(form, readable.fields);
      if (!readable.fields.length) void message.error(readable.message);
    }
  };
  return (
    <>
      <PageHeader title={t('registration.queueTitle')} />
      <Segmented<RegistrationStatus>
        aria-label={t('common.status')}
        value={status}
        onChange={setStatus}
        options={STATUSES.map((s) => ({ value: s, label: t(`registration.status.${s}`) }))}
        style={{ marginBottom: 16 }}
      />
      <ErrorAlert error={error} />
      <Table
        rowKey="id"
        loading={loading}
        dataSource={data?.registrationApplications ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('registration.empty') }}
        columns={[
          { title: t('registration.orgName'), dataIndex: 'orgName' },
          { title: t('registration.creditCode'), dataIndex: 'creditCode' },
          { title: t('registration.region'), dataIndex: 'region' },
          {
            title: t('registration.contact'),
            key: 'contact',
            render: (_: unknown, a) => (
              <>
                {a.contactName}
                <br />
                {a.contactEmail}
                {a.contactPhone ? (
                  <>
                    <br />
                    {a.contactPhone}
                  </>
                ) : null}
              </>
            ),
          },
          {
            title: t('registration.submittedAt'),
            dataIndex: 'createdAt',
            render: (v: string) => formatDateTime(v, i18n.language),
          },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (s: RegistrationStatus, a) => (
              <>
                <Tag color={COLOR[s]}>{t(`registration.status.${s}`)}</Tag>
                {a.reason ? <div>{a.reason}</div> : null}
              </>
            ),
          },
          {
            title: t('members.actions'),
            key: 'actions',
            render: (_: unknown, a) =>
              a.status === 'PENDING' ? (
                <Space wrap size={4}>
                  <Popconfirm
                    title={t('registration.approveConfirm')}
                    okText={t('common.confirm')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => onApprove(a)}
                  >
                    <Button size="small" type="primary">
                      {t('registration.approve')}
                    </Button>
                  </Popconfirm>
                  <Button size="small" danger onClick={() => setRejecting(a)}>
                    {t('registration.reject')}
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
      <Modal
        open={!!rejecting}
        title={t('registration.rejectTitle', { name: rejecting?.orgName ?? '' })}
        onOk={() => void onReject()}
        onCancel={() => setRejecting(null)}
        okText={t('registration.reject')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true }}
        confirmLoading={rejectState.loading}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item
            label={t('registration.reason')}
            name="reason"
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          >
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
