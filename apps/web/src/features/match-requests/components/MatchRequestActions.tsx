import { useMutation } from '@apollo/client/react';
import { App, Button, Form, Input, InputNumber, Modal, Popconfirm, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchRequestFieldsFragment } from '../../../gql/graphql';
import { DECLINE_REASONS } from '../../../lib/enums';
import { readableError } from '../../../lib/errors';
import {
  ACCEPT_MATCH_REQUEST,
  ADVANCE_MATCH_REQUEST,
  CLOSE_MATCH_REQUEST,
  DECLINE_MATCH_REQUEST,
  WITHDRAW_MATCH_REQUEST,
} from '../graphql/match-requests';
import { nextStage } from '../utils/pipeline';

/** The moves this side may try; the server's transition table decides. */
export function MatchRequestActions({ request: r }: { request: MatchRequestFieldsFragment }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<'decline' | 'signed' | 'close' | null>(null);
  const [form] = Form.useForm();
  const ref = { id: r.id, version: r.version };
  const onError = (e: unknown) => {
    const readable = readableError(e, t);
    form.setFields(readable.fields);
    void message.error(readable.message);
  };
  const done = () => {
    setDialog(null);
    void message.success(t('matchRequests.updated'));
  };
  const [accept, a] = useMutation(ACCEPT_MATCH_REQUEST, { variables: { input: ref }, onError, onCompleted: done });
  const [withdraw, w] = useMutation(WITHDRAW_MATCH_REQUEST, { variables: { input: ref }, onError, onCompleted: done });
  const [decline, d] = useMutation(DECLINE_MATCH_REQUEST, { onError, onCompleted: done });
  const [advance, v] = useMutation(ADVANCE_MATCH_REQUEST, { onError, onCompleted: done });
  const [close, c] = useMutation(CLOSE_MATCH_REQUEST, { onError, onCompleted: done });
  const next = nextStage(r.status);
  const receiving = r.side === 'RECEIVER' || r.side === 'COORDINATOR';
  const submitDialog = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    if (dialog === 'decline')
      await decline({ variables: { input: { ...ref, reason: values.reason, note: values.note || null } } });
    if (dialog === 'signed')
      await advance({
        variables: {
          input: {
            ...ref,
            to: 'SIGNED',
            contractNumber: values.contractNumber,
            contractAmountWan: values.contractAmountWan,
          },
        },
      });
    if (dialog === 'close') await close({ variables: { input: { ...ref, reason: values.reason } } });
  };
  return (
    <>
      {r.status === 'REQUESTED' && receiving ? (
        <>
          <Button type="primary" loading={a.loading} onClick={() => void accept()}>
            {t('matchRequests.accept')}
          </Button>
          <Button danger onClick={() => setDialog('decline')}>
            {t('matchRequests.decline')}
          </Button>
        </>
      ) : null}
      {r.status === 'REQUESTED' && r.side === 'SENDER' ? (
        <Popconfirm
          title={t('matchRequests.withdrawConfirm')}
          onConfirm={() => void withdraw()}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
        >
          <Button loading={w.loading}>{t('matchRequests.withdraw')}</Button>
        </Popconfirm>
      ) : null}
      {next ? (
        <Button
          type="primary"
          loading={v.loading}
          onClick={() =>
            next === 'SIGNED' ? setDialog('signed') : void advance({ variables: { input: { ...ref, to: next } } })
          }
        >
          {t('matchRequests.advanceTo', { stage: t(`enums.matchStatus.${next}`) })}
        </Button>
      ) : null}
      {['ACCEPTED', 'MEETING', 'NEGOTIATING', 'SIGNED'].includes(r.status) ||
      (r.status === 'REQUESTED' && r.side === 'COORDINATOR') ? (
        <Button onClick={() => setDialog('close')}>{t('matchRequests.close')}</Button>
      ) : null}
      <Modal
        open={dialog !== null}
        title={dialog ? t(`matchRequests.dialog.${dialog}`) : ''}
        onOk={() => void submitDialog()}
        onCancel={() => setDialog(null)}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        confirmLoading={d.loading || v.loading || c.loading}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          {dialog === 'decline' ? (
            <>
              <Form.Item
                label={t('matchRequests.declineReason')}
                name="reason"
                rules={[{ required: true, message: t('form.required') }]}
              >
                <Select options={DECLINE_REASONS.map((v) => ({ value: v, label: t(`enums.declineReason.${v}`) }))} />
              </Form.Item>
              <Form.Item label={t('matchRequests.declineNote')} name="note" extra={t('matchRequests.declineNoteHelp')}>
                <Input.TextArea autoSize={{ minRows: 2 }} />
              </Form.Item>
            </>
          ) : null}
          {dialog === 'signed' ? (
            <>
              <Form.Item
                label={t('matchRequests.contractNumber')}
                name="contractNumber"
                extra={t('matchRequests.contractNumberHelp')}
                rules={[{ required: true, message: t('form.required') }]}
              >
                <Input maxLength={40} />
              </Form.Item>
              <Form.Item
                label={t('matchRequests.contractAmount')}
                name="contractAmountWan"
                rules={[{ required: true, message: t('form.required') }]}
              >
                <InputNumber min={0} addonAfter={t('common.wanUnit')} style={{ width: 220 }} />
              </Form.Item>
            </>
          ) : null}
          {dialog === 'close' ? (
            <Form.Item
              label={t('matchRequests.closeReason')}
              name="reason"
              rules={[{ required: true, message: t('form.required') }]}
            >
              <Input.TextArea autoSize={{ minRows: 2 }} />
            </Form.Item>
          ) : null}
        </Form>
      </Modal>
    </>
  );
}
