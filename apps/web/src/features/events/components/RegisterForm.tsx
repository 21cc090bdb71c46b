import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Checkbox, Form, InputNumber, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventFieldsFragment, EventParticipantFieldsFragment } from '../../../gql/graphql';
import { popupInDialog } from '../../../components/popupInDialog';
import { readableError, setFieldErrors } from '../../../lib/errors';
import { ORG_USERS, ORGANIZATIONS, REGISTER_PARTICIPANT } from '../graphql/events';

interface Values {
  orgId?: string;
  userIds?: string[];
  unavailableSlotIds: string[];
  maxMeetings?: number | null;
}

/**
 * Registers an organisation: attendees, slots it cannot make, its maximum of meetings. A participant registers
 * their own organisation (again, to change it); a coordinator picks any organisation, walk-ins included.
 */
export function RegisterForm({
  event,
  orgId,
  current,
  coordinator,
  onDone,
}: {
  event: EventFieldsFragment;
  orgId?: string;
  current?: EventParticipantFieldsFragment;
  coordinator: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const chosenOrg = Form.useWatch('orgId', form) ?? orgId;
  const orgs = useQuery(ORGANIZATIONS, { skip: !coordinator });
  const users = useQuery(ORG_USERS, { variables: { orgId: chosenOrg ?? '' }, skip: !chosenOrg });
  const [register, state] = useMutation(REGISTER_PARTICIPANT);

  useEffect(() => {
    form.setFieldsValue({
      userIds: current?.userIds ?? undefined,
      unavailableSlotIds: current?.unavailableSlotIds ?? [],
      maxMeetings: current?.maxMeetings ?? null,
    });
  }, [current, form]);

  const onFinish = async (v: Values) => {
    try {
      await register({
        variables: {
          input: {
            eventId: event.id,
            orgId: coordinator ? v.orgId : undefined,
            userIds: v.userIds?.length ? v.userIds : undefined,
            unavailableSlotIds: v.unavailableSlotIds ?? [],
            maxMeetings: v.maxMeetings ?? undefined,
          },
        },
      });
      void message.success(t('events.register.done'));
      form.resetFields(['orgId']);
      onDone();
    } catch (e) {
      const r = readableError(e, t);
      setFieldErrors(form, r.fields);
      void message.error(r.message);
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={(v) => void onFinish(v)} initialValues={{ unavailableSlotIds: [] }}>
      {coordinator ? (
        <Form.Item
          name="orgId"
          label={t('events.register.organisation')}
          rules={[{ required: true, message: t('events.form.required') }]}
        >
          <Select
            getPopupContainer={popupInDialog}
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={t('events.register.organisation')}
            loading={orgs.loading}
            options={(orgs.data?.organizations ?? [])
              .filter((o) => o.kind !== 'ALLIANCE')
              .map((o) => ({ value: o.id, label: o.name }))}
          />
        </Form.Item>
      ) : null}
      {users.data ? (
        <Form.Item name="userIds" label={t('events.register.attendees')} extra={t('events.register.attendeesHelp')}>
          <Select
            mode="multiple"
            getPopupContainer={popupInDialog}
            aria-label={t('events.register.attendees')}
            options={users.data.users.map((u) => ({ value: u.id, label: u.displayName }))}
          />
        </Form.Item>
      ) : null}
      <Form.Item
        name="unavailableSlotIds"
        label={t('events.register.unavailable')}
        extra={t('events.register.unavailableHelp')}
      >
        <Checkbox.Group options={event.slots.map((s) => ({ value: s.id, label: `${s.start}–${s.end}` }))} />
      </Form.Item>
      <Form.Item
        name="maxMeetings"
        label={t('events.register.maxMeetings')}
        extra={t('events.register.maxMeetingsHelp')}
      >
        <InputNumber min={0} max={event.slots.length || 100} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={state.loading}>
        {current ? t('events.register.update') : t('events.register.submit')}
      </Button>
    </Form>
  );
}
