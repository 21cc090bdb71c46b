import { useMutation } from '@apollo/client/react';
import { Button, Form, Input, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AuthCard } from '../../../components/AuthCard';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LinkButton } from '../../../components/LinkButton';
import { readableError, setFieldErrors } from '../../../lib/errors';
import { REQUEST_PASSWORD_RESET } from '../graphql/account';

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ email: string }>();
  const [request, { data, loading, error }] = useMutation(REQUEST_PASSWORD_RESET);
  const onFinish = async ({ email }: { email: string }) => {
    try {
      await request({ variables: { email: email.trim() } });
    } catch (e) {
      setFieldErrors(form, readableError(e, t).fields);
    }
  };
  if (data?.requestPasswordReset) {
    return (
      <AuthCard title={t('account.forgotTitle')}>
        <Result
          status="success"
          title={t('account.forgotSent')}
          subTitle={t('account.forgotSentHelp')}
          extra={<LinkButton to="/login">{t('account.backToSignIn')}</LinkButton>}
        />
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t('account.forgotTitle')}>
      <ErrorAlert error={error} />
      <p>{t('account.forgotHelp')}</p>
      <Form form={form} layout="vertical" onFinish={(v) => void onFinish(v)} requiredMark={false}>
        <Form.Item label={t('auth.email')} name="email" rules={[{ required: true, message: t('auth.emailRequired') }]}>
          <Input type="email" autoComplete="username" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={loading}>
          {t('account.sendResetLink')}
        </Button>
      </Form>
      <p style={{ marginTop: 16, marginBottom: 0 }}>
        <Link to="/login">{t('account.backToSignIn')}</Link>
      </p>
    </AuthCard>
  );
}
