import { useMutation } from '@apollo/client/react';
import { Alert, Button, Form, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AuthCard } from '../../../components/AuthCard';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LinkButton } from '../../../components/LinkButton';
import { readableError, setFieldErrors } from '../../../lib/errors';
import { RESET_PASSWORD } from '../graphql/account';
import { NewPasswordFields } from './NewPasswordFields';

/** From the e-mailed link `/reset-password?token=…`: a new password, then sign in again everywhere. */
export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [form] = Form.useForm<{ password: string; confirm: string }>();
  const [reset, { data, loading, error }] = useMutation(RESET_PASSWORD);
  const onFinish = async ({ password }: { password: string }) => {
    try {
      await reset({ variables: { input: { token, password } } });
    } catch (e) {
      setFieldErrors(form, readableError(e, t).fields);
    }
  };
  if (data?.resetPassword) {
    return (
      <AuthCard title={t('account.resetTitle')}>
        <Result
          status="success"
          title={t('account.resetDone')}
          subTitle={t('account.resetDoneHelp')}
          extra={
            <LinkButton to="/login" type="primary">
              {t('auth.goSignIn')}
            </LinkButton>
          }
        />
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t('account.resetTitle')}>
      {!token ? (
        <Alert type="warning" showIcon title={t('account.resetMissingToken')} style={{ marginBottom: 16 }} />
      ) : null}
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={(v) => void onFinish(v)} disabled={!token}>
        <NewPasswordFields
          name="password"
          label={t('account.newPassword')}
          confirmLabel={t('account.confirmPassword')}
        />
        <Button type="primary" htmlType="submit" block loading={loading}>
          {t('account.resetSubmit')}
        </Button>
      </Form>
    </AuthCard>
  );
}
