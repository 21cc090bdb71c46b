import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Form, Input, Modal, Select, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import type { OrganizationKind } from '../../../gql/graphql';
import { readableError } from '../../../lib/errors';
import { CREATE_ORGANIZATION, ORGANIZATIONS } from '../graphql/admin';

const KINDS: OrganizationKind[] = ['UNIVERSITY', 'ENTERPRISE', 'ALLIANCE'];

export default function OrganizationsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [kind, setKind] = useState<OrganizationKind | undefined>();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const { data, loading, error } = useQuery(ORGANIZATIONS, { variables: { kind: kind ?? null } });
  const [create, c] = useMutation(CREATE_ORGANIZATION, { refetchQueries: [ORGANIZATIONS] });
  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    try {
      await create({
        variables: {
          input: { name: values.name, kind: values.kind, region: values.region, creditCode: values.creditCode || null },
        },
      });
      setOpen(false);
      form.resetFields();
      void message.success(t('admin.orgCreated'));
    } catch (e) {
      const readable = readableError(e, t);
      form.setFields(readable.fields);
      void message.error(readable.message);
    }
  };
  return (
    <>
      <PageHeader
        title={t('admin.organizationsTitle')}
        extra={
          <Button type="primary" onClick={() => setOpen(true)}>
            {t('admin.createOrg')}
          </Button>
        }
      />
      <Select
        aria-label={t('admin.orgKind')}
        placeholder={t('admin.orgKind')}
        allowClear
        style={{ width: 160, marginBottom: 12 }}
        value={kind}
        onChange={setKind}
        options={KINDS.map((k) => ({ value: k, label: t(`enums.orgKind.${k}`) }))}
      />
      <ErrorAlert error={error} />
      <Table
        rowKey="id"
        loading={loading && !data}
        dataSource={data?.organizations ?? []}
        scroll={{ x: 600 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          {
            title: t('admin.orgName'),
            dataIndex: 'name',
            render: (v: string, r) => <Link to={`/admin/organizations/${r.id}`}>{v}</Link>,
          },
          { title: t('admin.orgKind'), dataIndex: 'kind', render: (v: string) => t(`enums.orgKind.${v}`) },
          { title: t('admin.region'), dataIndex: 'region' },
          { title: t('admin.creditCode'), dataIndex: 'creditCode', render: (v: string | null) => v ?? '—' },
        ]}
      />
      <Modal
        open={open}
        title={t('admin.createOrg')}
        onOk={() => void submit()}
        onCancel={() => setOpen(false)}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={c.loading}
      >
        <Form form={form} layout="vertical">
          <Form.Item label={t('admin.orgName')} name="name" rules={[{ required: true, message: t('form.required') }]}>
            <Input />
          </Form.Item>
          <Form.Item label={t('admin.orgKind')} name="kind" rules={[{ required: true, message: t('form.required') }]}>
            <Select options={KINDS.map((k) => ({ value: k, label: t(`enums.orgKind.${k}`) }))} />
          </Form.Item>
          <Form.Item label={t('admin.region')} name="region" rules={[{ required: true, message: t('form.required') }]}>
            <Input placeholder={t('admin.regionPlaceholder')} />
          </Form.Item>
          <Form.Item label={t('admin.creditCode')} name="creditCode" extra={t('admin.creditCodeHelp')}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
