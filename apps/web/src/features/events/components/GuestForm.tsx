import { useMutation } from '@apollo/client/react';
import { App, Button, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventFieldsFragment } from '../../../gql/graphql';
import { readableError, setFieldErrors } from '../../../lib/errors';
import { REGISTER_GUEST } from '../graphql/events';

interface Values {
  name: string;
  organisationName: string;
  phone?: string;
  email?: string;
  maxMeetings?: number | null;
}

/** A guest without an account (a walk-in too): name, organisation and a phone or e-mail the desk can use. */
export function GuestForm({ event, onDone }: { event: EventFieldsFragment; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [register, state] = useMutation(REGISTER_GUEST);
  const onFinish = async (v: Values) => {
    try {
      await register({
        variables: {
          input: {
            eventId: event.id,
            name: v.name.trim(),
            organisationName: v.organisationName.trim(),
            phone: v.phone?.trim() || undefined,
            email: v.email?.trim() || undefined,
            maxMeetings: v.maxMeetings ?? undefined,
            unavailableSlotIds: [],
          },
        },
      });
      void message.success(t('events.guest.done'));
      form.resetFields();
      onDone();
    } catch (e) {
      const r = readableError(e, t);
      setFieldErrors(form, r.fields);
      void message.error(r.message);
    }
  };
  return (
    <Form form={form} layout="vertical" onFinish={(v) => void onFinish(v)}>
      <Form.Item
        name="name"
        label={t('events.guest.name')}
        rules={[{ required: true, whitespace: true, message: t('events.form.required') }]}
      >
        <Input maxLength={100} autoComplete="name" />
      </Form.Item>
      <Form.Item
        name="organisationName"
        label={t('events.guest.organisation')}
        rules={[{ required: true, whitespace: true, message: t('events.form.required') }]}
      >
        <Input maxLength={200} autoComplete="organization" />
      </Form.Item>
      <Form.Item name="phone" label={t('events.guest.phone')}>
        <Input type="tel" maxLength={40} autoComplete="tel" />
      </Form.Item>
      <Form.Item name="email" label={t('events.guest.email')}>
        <Input type="email" maxLength={200} autoComplete="email" />
      </Form.Item>
      <Form.Item name="maxMeetings" label={t('events.register.maxMeetings')}>
        <InputNumber min={0} max={event.slots.length || 100} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={state.loading}>
        {t('events.guest.submit')}
      </Button>
    </Form>
  );
}
