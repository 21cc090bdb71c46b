import { useMutation } from '@apollo/client/react';
import { App, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../gql/graphql';
import { readableError, setFieldErrors } from '../../../lib/errors';
import { INVITE_MEMBER, MEMBERS } from '../graphql/members';

interface Values {
  displayName: string;
  email: string;
  role: Role;
  orgAdmin?: boolean;
}

export function InviteMemberDialog({
  open,
  orgId,
  roles,
  onClose,
  onSent,
}: {
  open: boolean;
  orgId: string;
  roles: Role[];
  onClose: () => void;
  onSent: (token: string | null | undefined) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [invite, { loading }] = useMutation(INVITE_MEMBER, { refetchQueries: [MEMBERS] });
  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    try {
      const res = await invite({
        variables: {
          input: {
            orgId,
            email: values.email.trim(),
            displayName: values.displayName,
            role: values.role,
            orgAdmin: !!values.orgAdmin,
          },
        },
      });
      form.resetFields();
      onClose();
      onSent(res.data?.inviteUser.invitationToken);
    } catch (e) {
      const readable = readableError(e, t);
      setFieldErrors(form, readable.fields);
      if (!readable.fields.length) void message.error(readable.message);
    }
  };
  return (
    <Modal
      open={open}
      title={t('members.invite')}
      onOk={() => void submit()}
      onCancel={onClose}
      okText={t('members.inviteSend')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ role: roles[0], orgAdmin: false }}>
        <Form.Item
          label={t('admin.displayName')}
          name="displayName"
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label={t('auth.email')} name="email" rules={[{ required: true, message: t('form.required') }]}>
          <Input type="email" />
        </Form.Item>
        <Form.Item label={t('admin.role')} name="role" rules={[{ required: true, message: t('form.required') }]}>
          <Select options={roles.map((r) => ({ value: r, label: t(`enums.role.${r}`) }))} />
        </Form.Item>
        <Form.Item name="orgAdmin" valuePropName="checked">
          <Checkbox>{t('members.orgAdmin')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
