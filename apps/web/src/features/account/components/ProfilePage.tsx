import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Form, Input, Radio, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LinkButton } from '../../../components/LinkButton';
import { LoadingBlock } from '../../../components/LoadingBlock';
import { PageHeader } from '../../../components/PageHeader';
import type { MailDeliveryMode, MailKind } from '../../../gql/graphql';
import { type Language, setLanguage } from '../../../lib/i18n';
import { readableError, setFieldErrors } from '../../../lib/errors';
import { MY_PROFILE, SET_MAIL_PREFERENCE, UPDATE_MY_PROFILE } from '../graphql/account';

const MODES: MailDeliveryMode[] = ['IMMEDIATE', 'DAILY_DIGEST', 'NEVER'];

interface ProfileValues {
  displayName: string;
  locale: Language;
}

/** Name, language and, per kind of notice, whether it is e-mailed now, in a daily digest or never. */
export default function ProfilePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProfileValues>();
  const { data, loading, error } = useQuery(MY_PROFILE);
  const [update, saving] = useMutation(UPDATE_MY_PROFILE);
  const [setPreference] = useMutation(SET_MAIL_PREFERENCE, { refetchQueries: [MY_PROFILE] });
  useEffect(() => {
    if (data)
      form.setFieldsValue({ displayName: data.me.displayName, locale: data.me.locale === 'en-US' ? 'en-US' : 'zh-CN' });
  }, [data, form]);
  if (loading && !data) return <LoadingBlock />;
  if (!data) return <ErrorAlert error={error} />;

  const save = async (values: ProfileValues) => {
    try {
      await update({ variables: { input: { displayName: values.displayName, locale: values.locale } } });
      await setLanguage(values.locale);
      void message.success(t('account.saved'));
    } catch (e) {
      const readable = readableError(e, t);
      setFieldErrors(form, readable.fields);
      if (!readable.fields.length) void message.error(readable.message);
    }
  };
  const choose = async (kind: MailKind, mode: MailDeliveryMode) => {
    try {
      await setPreference({ variables: { input: { kind, mode } } });
      void message.success(t('account.saved'));
    } catch (e) {
      void message.error(readableError(e, t).message);
    }
  };

  return (
    <>
      <PageHeader
        title={t('account.profileTitle')}
        extra={<LinkButton to="/account/password">{t('account.changePassword')}</LinkButton>}
      />
      <Card title={<h2 className="card-title">{t('account.basics')}</h2>} style={{ marginBottom: 16, maxWidth: 720 }}>
        <Form form={form} layout="vertical" onFinish={(v) => void save(v)}>
          <Form.Item label={t('auth.email')}>
            <Input value={data.me.email} disabled aria-label={t('auth.email')} />
          </Form.Item>
          <Form.Item
            label={t('account.displayName')}
            name="displayName"
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item label={t('account.locale')} name="locale">
            <Select
              options={[
                { value: 'zh-CN', label: '中文' },
                { value: 'en-US', label: 'English' },
              ]}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={saving.loading}>
            {t('account.save')}
          </Button>
        </Form>
      </Card>
      <Card title={<h2 className="card-title">{t('account.notices')}</h2>} style={{ maxWidth: 720 }}>
        <p>{t('account.noticesHelp')}</p>
        {data.myMailPreferences.map((pref) => (
          <fieldset key={pref.kind} className="preference-row">
            <legend>{t(`account.kind.${pref.kind}`)}</legend>
            <Radio.Group
              value={pref.mode}
              onChange={(e) => void choose(pref.kind, e.target.value as MailDeliveryMode)}
              options={MODES.map((mode) => ({ value: mode, label: t(`account.mode.${mode}`) }))}
            />
          </fieldset>
        ))}
      </Card>
    </>
  );
}
