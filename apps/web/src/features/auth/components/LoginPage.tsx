import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { AuthHttpError, signIn } from '../../../lib/session';
import { useSession } from '../../../lib/useSession';
import { safeNext } from '../utils';
import { AuthCard } from '../../../components/AuthCard';

export default function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));
  if (session.status === 'signedIn' && !busy) return <Navigate to={next} replace />;

  const onFinish = async (values: { email: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      await signIn(values.email, values.password);
      navigate(next, { replace: true });
    } catch (e) {
      const code = e instanceof AuthHttpError ? e.code : 'NETWORK';
      setError(
        t(code === 'UNAUTHENTICATED' ? 'auth.wrongCredentials' : `errors.${code}`, {
          defaultValue: t('errors.INTERNAL'),
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthCard title={t('auth.signInTitle')}>
      {error ? <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 16 }} /> : null}
      <Form layout="vertical" onFinish={onFinish} requiredMark={false}>
        <Form.Item label={t('auth.email')} name="email" rules={[{ required: true, message: t('auth.emailRequired') }]}>
          <Input type="email" autoComplete="username" />
        </Form.Item>
        <Form.Item
          label={t('auth.password')}
          name="password"
          rules={[{ required: true, message: t('auth.passwordRequired') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t('auth.signIn')}
        </Button>
      </Form>
      <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 16 }}>
        <Link to="/forgot-password">{t('account.forgotLink')}</Link>
        <Link to="/register">{t('account.registerLink')}</Link>
      </div>
    </AuthCard>
  );
}
