import { useMutation } from '@apollo/client/react';
import { Alert, Button, Form, Input, Result } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { AuthCard } from '../../../components/AuthCard';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LinkButton } from '../../../components/LinkButton';
import { readableError, setFieldErrors } from '../../../lib/errors';
import { signIn } from '../../../lib/session';
import { ACCEPT_INVITATION, SET_MY_NAME } from '../graphql/auth';

interface Values {
  displayName?: string;
  password: string;
  confirm: string;
}

/**
 * From the e-mailed link `/invite?token=…`: a password (and the person's own name), then straight into the app.
 * Accepting and naming are two server calls; if signing in afterwards fails, the person still sees the success.
 */
export default function AcceptInvitationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [form] = Form.useForm<Values>();
  const [accept, { data, loading, error }] = useMutation(ACCEPT_INVITATION);
  const [setName] = useMutation(SET_MY_NAME);
  const [busy, setBusy] = useState(false);

  if (data) {
    return (
      <AuthCard title={t('auth.invitationDone')}>
        <Result
          status="success"
          title={t('auth.invitationWelcome', { name: data.acceptInvitation.displayName })}
          subTitle={data.acceptInvitation.email}
          extra={
            <LinkButton to="/login" type="primary">
              {t('auth.goSignIn')}
            </LinkButton>
          }
        />
      </AuthCard>
    );
  }

  const onFinish = async (values: Values) => {
    setBusy(true);
    try {
      const res = await accept({ variables: { input: { token, password: values.password } } });
      const user = res.data?.acceptInvitation;
      if (!user) return;
      try {
        await signIn(user.email, values.password);
        const name = values.displayName?.trim();
        if (name && name !== user.displayName) await setName({ variables: { input: { displayName: name } } });
        navigate('/', { replace: true });
      } catch {
        // accepted: the success card offers the sign-in page
      }
    } catch (e) {
      setFieldErrors(form, readableError(e, t).fields);
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthCard title={t('auth.invitationTitle')}>
      {!token ? (
        <Alert type="warning" showIcon title={t('auth.invitationMissingToken')} style={{ marginBottom: 16 }} />
      ) : null}
      <ErrorAlert error={error} />
      <p>{t('auth.invitationHelp')}</p>
      <Form form={form} layout="vertical" onFinish={(v) => void onFinish(v)} disabled={!token}>
        <Form.Item
          label={t('account.invitationName')}
          name="displayName"
          extra={t('account.invitationNameHelp')}
          rules={[{ max: 100 }]}
        >
          <Input autoComplete="name" />
        </Form.Item>
        <Form.Item
          label={t('auth.newPassword')}
          name="password"
          extra={t('auth.passwordHelp')}
          rules={[{ required: true, message: t('auth.passwordRequired') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={t('auth.confirmPassword')}
          name="confirm"
          dependencies={['password']}
          rules={[
            { required: true, message: t('auth.passwordRequired') },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                value === getFieldValue('password')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('auth.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={loading || busy}>
          {t('auth.acceptInvitation')}
        </Button>
      </Form>
    </AuthCard>
  );
}
