import { useMutation } from '@apollo/client/react';
import { Button, Form, Input, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { AuthCard } from '../../../components/AuthCard';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LinkButton } from '../../../components/LinkButton';
import type { RegisterEnterpriseInput } from '../../../gql/graphql';
import { readableError, setFieldErrors } from '../../../lib/errors';
import { REGISTER_ENTERPRISE } from '../graphql/registration';

/** An enterprise applies to join; the 统一社会信用代码 check is the server's (its message lands on the field). */
export default function RegisterEnterprisePage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<RegisterEnterpriseInput>();
  const [register, { data, loading, error }] = useMutation(REGISTER_ENTERPRISE);
  const onFinish = async (values: RegisterEnterpriseInput) => {
    try {
      await register({
        variables: {
          input: {
            ...values,
            creditCode: values.creditCode.trim().toUpperCase(),
            contactPhone: values.contactPhone?.trim() || null,
          },
        },
      });
    } catch (e) {
      setFieldErrors(form, readableError(e, t).fields);
    }
  };
  if (data) {
    return (
      <AuthCard title={t('registration.title')}>
        <Result
          status="success"
          title={t('registration.submitted')}
          subTitle={t('registration.submittedHelp')}
          extra={<LinkButton to="/login">{t('account.backToSignIn')}</LinkButton>}
        />
      </AuthCard>
    );
  }
  const required = [{ required: true, whitespace: true, message: t('form.required') }];
  return (
    <AuthCard title={t('registration.title')}>
      <ErrorAlert error={error} />
      <p>{t('registration.help')}</p>
      <Form form={form} layout="vertical" onFinish={(v) => void onFinish(v)}>
        <Form.Item label={t('registration.orgName')} name="orgName" rules={required}>
          <Input maxLength={100} autoComplete="organization" />
        </Form.Item>
        <Form.Item
          label={t('registration.creditCode')}
          name="creditCode"
          extra={t('registration.creditCodeHelp')}
          rules={required}
        >
          <Input maxLength={18} />
        </Form.Item>
        <Form.Item label={t('registration.region')} name="region" rules={required}>
          <Input maxLength={100} placeholder={t('registration.regionPlaceholder')} />
        </Form.Item>
        <Form.Item label={t('registration.contactName')} name="contactName" rules={required}>
          <Input maxLength={100} autoComplete="name" />
        </Form.Item>
        <Form.Item label={t('registration.contactEmail')} name="contactEmail" rules={required}>
          <Input type="email" autoComplete="email" />
        </Form.Item>
        <Form.Item label={t('registration.contactPhone')} name="contactPhone">
          <Input type="tel" autoComplete="tel" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={loading}>
          {t('registration.submit')}
        </Button>
      </Form>
    </AuthCard>
  );
}
