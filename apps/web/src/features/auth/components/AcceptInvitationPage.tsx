import { useMutation } from '@apollo/client/react';
import { Alert, Button, Form, Input, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../../components/LinkButton';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { readableError } from '../../../lib/errors';
import { ACCEPT_INVITATION } from '../graphql/auth';
import { AuthCard } from './AuthCard';

export default function AcceptInvitationPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [form] = Form.useForm();
  const [accept, { data, loading, error }] = useMutation(ACCEPT_INVITATION);

  if (data) {
    return (
      <AuthCard title={t('auth.invitationDone')}>
        <Result
          status="success"
          title={t('auth.invitationWelcome', { name: data.acceptInvitation.displayName })}
          subTitle={data.acceptInvitation.email}
          extra={
            <LinkButton to="/login" type="primary">{t('auth.goSignIn')}</LinkButton>
          }
        />
      </AuthCard>
    );
  }

  const onFinish = async (values: { password: string }) => {
    try {
      await accept({ variables: { input: { token, password: values.password } } });
    } catch (e) {
      form.setFields(readableError(e, t).fields);
    }
  };

  return (
    <AuthCard title={t('auth.invitationTitle')}>
      {!token ? <Alert type="warning" showIcon title={t('auth.invitationMissingToken')} style={{ marginBottom: 16 }} /> : null}
      <ErrorAlert error={error} />
      <p>{t('auth.invitationHelp')}</p>
      <Form form={form} layout="vertical" onFinish={onFinish} disabled={!token}>
        <Form.Item label={t('auth.newPassword')} name="password" extra={t('auth.passwordHelp')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={t('auth.confirmPassword')}
          name="confirm"
          dependencies={['password']}
          rules={[
            { required: true, message: t('auth.passwordRequired') },
            ({ getFieldValue }) => ({
              validator: (_, value) => (value === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(t('auth.passwordMismatch')))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={loading}>
          {t('auth.acceptInvitation')}
        </Button>
      </Form>
    </AuthCard>
  );
}
