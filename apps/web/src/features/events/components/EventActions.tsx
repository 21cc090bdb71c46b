import { useMutation } from '@apollo/client/react';
import { App, Button, Input, Modal, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { EventFieldsFragment } from '../../../gql/graphql';
import { readableError } from '../../../lib/errors';
import { CANCEL_EVENT, CLOSE_EVENT, DELETE_EVENT, OPEN_EVENT, PUBLISH_EVENT, SCHEDULE_EVENT } from '../graphql/events';
import { actionsFor } from '../utils/eventActions';
import { LinkButton } from '../../../components/LinkButton';

/** The state changes a coordinator may make now; each sends the version read, so a stale page gets CONFLICT. */
export function EventActions({ event, onChanged }: { event: EventFieldsFragment; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const ref = { id: event.id, version: event.version };
  const [open, openState] = useMutation(OPEN_EVENT);
  const [publish, publishState] = useMutation(PUBLISH_EVENT);
  const [close, closeState] = useMutation(CLOSE_EVENT);
  const [cancel, cancelState] = useMutation(CANCEL_EVENT);
  const [remove, removeState] = useMutation(DELETE_EVENT);
  const [schedule, scheduleState] = useMutation(SCHEDULE_EVENT);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');

  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      void message.success(done);
      onChanged();
    } catch (e) {
      void message.error(readableError(e, t).message);
    }
  };
  const actions = actionsFor(event.status);
  return (
    <>
      {actions.includes('edit') ? (
        <LinkButton to={`/events/${event.id}/edit`}>{t('events.actions.edit')}</LinkButton>
      ) : null}
      {actions.includes('open') ? (
        <Button
          type="primary"
          loading={openState.loading}
          onClick={() => void run(() => open({ variables: { input: ref } }), t('events.actions.opened'))}
        >
          {t('events.actions.open')}
        </Button>
      ) : null}
      {actions.includes('schedule') ? (
        <Button
          type={event.status === 'OPEN' ? 'primary' : 'default'}
          loading={scheduleState.loading}
          onClick={() =>
            void run(async () => {
              const res = await schedule({ variables: { eventId: event.id } });
              const r = res.data?.scheduleEvent;
              if (r)
                void message.info(t('events.actions.scheduleResult', { scheduled: r.scheduled, requests: r.requests }));
            }, t('events.actions.scheduled'))
          }
        >
          {t('events.actions.schedule')}
        </Button>
      ) : null}
      {actions.includes('publish') ? (
        <Popconfirm
          title={t('events.actions.publishConfirm')}
          okText={t('events.actions.publish')}
          cancelText={t('common.cancel')}
          onConfirm={() => run(() => publish({ variables: { input: ref } }), t('events.actions.published'))}
        >
          <Button type="primary" loading={publishState.loading}>
            {t('events.actions.publish')}
          </Button>
        </Popconfirm>
      ) : null}
      {actions.includes('close') ? (
        <Popconfirm
          title={t('events.actions.closeConfirm')}
          okText={t('events.actions.close')}
          cancelText={t('common.cancel')}
          onConfirm={() => run(() => close({ variables: { input: ref } }), t('events.actions.closed'))}
        >
          <Button loading={closeState.loading}>{t('events.actions.close')}</Button>
        </Popconfirm>
      ) : null}
      {actions.includes('cancel') ? (
        <Button danger onClick={() => setCancelling(true)}>
          {t('events.actions.cancel')}
        </Button>
      ) : null}
      {actions.includes('delete') ? (
        <Popconfirm
          title={t('events.actions.deleteConfirm')}
          okText={t('events.actions.delete')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            run(async () => {
              await remove({ variables: { input: ref } });
              navigate('/events');
            }, t('events.actions.deleted'))
          }
        >
          <Button danger loading={removeState.loading}>
            {t('events.actions.delete')}
          </Button>
        </Popconfirm>
      ) : null}
      <Modal
        open={cancelling}
        title={t('events.actions.cancelTitle')}
        okText={t('events.actions.cancel')}
        okButtonProps={{ danger: true, loading: cancelState.loading, disabled: !reason.trim() }}
        cancelText={t('common.cancel')}
        onCancel={() => setCancelling(false)}
        onOk={() =>
          void run(async () => {
            await cancel({ variables: { input: { ...ref, reason: reason.trim() } } });
            setCancelling(false);
          }, t('events.actions.cancelled'))
        }
      >
        <p>{t('events.actions.cancelHelp')}</p>
        <label htmlFor="cancel-reason">{t('events.actions.cancelReason')}</label>
        <Input.TextArea
          id="cancel-reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={500}
          autoSize={{ minRows: 3 }}
        />
      </Modal>
    </>
  );
}
