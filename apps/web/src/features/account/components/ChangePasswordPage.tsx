import { useMutation } from '@apollo/client/react';
import { Button, Card, Form, Input, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LinkButton } from '../../../components/LinkButton';
import { PageHeader } from '../../../components/PageHeader';
import { readableError, setFieldErrors } from '../../../lib/errors';
import { CHANGE_PASSWORD } from '../graphql/account';
import { NewPasswordFields } from './NewPasswordFields';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** Knowing the old password; the server checks strength and ends the other sign-ins. */
export default function ChangePasswordPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [change, { data, loading, error }] = useMutation(CHANGE_PASSWORD);
  const onFinish = async (values: Values) => {
    try {
      await change({
        variables: { input: { currentPassword: values.currentPassword, newPassword: values.newPassword } },
      });
    } catch (e) {
      setFieldErrors(form, readableError(e, t).fields);
    }
  };
  return (
    <>
      <PageHeader title={t('account.changePassword')} />
      <Card style={{ maxWidth: 480 }}>
        {data?.changePassword ? (
          <Result
            status="success"
            title={t('account.passwordChanged')}
            subTitle={t('account.passwordChangedHelp')}
            extra={<LinkButton to="/account">{t('account.profileTitle')}</LinkButton>}
          />
        ) : (
          <>
            <ErrorAlert error={error} />
            <Form form={form} layout="vertical" onFinish={(v) => void onFinish(v)}>
              <Form.Item
                label={t('account.currentPassword')}
                name="currentPassword"
                rules={[{ required: true, message: t('auth.passwordRequired') }]}
              >
                <Input.Password autoComplete="current-password" />
              </Form.Item>
              <NewPasswordFields
                name="newPassword"
                label={t('account.newPassword')}
                confirmLabel={t('account.confirmPassword')}
              />
              <Button type="primary" htmlType="submit" loading={loading}>
                {t('account.changePassword')}
              </Button>
            </Form>
          </>
        )}
      </Card>
    </>
  );
}
