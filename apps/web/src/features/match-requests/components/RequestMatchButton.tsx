import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { readableError, setFieldErrors } from '../../../lib/errors';
import { useSession } from '../../../lib/useSession';
import { MY_OPEN_NEEDS, MY_PUBLISHED_ACHIEVEMENTS, PROPOSE_MATCH, REQUEST_MATCH } from '../graphql/match-requests';

interface Values {
  message: string;
  needId?: string;
  achievementId?: string;
}

/**
 * R&D leads request contact for an achievement (for one of their open needs, or for the enterprise);
 * officers propose one of their published achievements to a need.
 */
export function RequestMatchButton({
  mode,
  achievementId,
  needId,
  type = 'primary',
}: {
  mode: 'request' | 'propose';
  achievementId?: string;
  needId?: string;
  type?: 'primary' | 'default';
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { user } = useSession();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const orgId = user?.orgId ?? '';
  const needs = useQuery(MY_OPEN_NEEDS, { variables: { orgId }, skip: !open || mode !== 'request' || !!needId });
  const achievements = useQuery(MY_PUBLISHED_ACHIEVEMENTS, {
    variables: { orgId },
    skip: !open || mode !== 'propose' || !!achievementId,
  });
  const [request, r] = useMutation(REQUEST_MATCH);
  const [propose, p] = useMutation(PROPOSE_MATCH);

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    try {
      const id =
        mode === 'request'
          ? (
              await request({
                variables: {
                  input: {
                    achievementId: achievementId ?? '',
                    needId: needId ?? values.needId ?? null,
                    message: values.message,
                  },
                },
              })
            ).data!.requestMatch.id
          : (
              await propose({
                variables: {
                  input: {
                    achievementId: achievementId ?? values.achievementId ?? '',
                    needId: needId ?? '',
                    message: values.message,
                  },
                },
              })
            ).data!.proposeMatch.id;
      setOpen(false);
      void message.success(t('matchRequests.sent'));
      navigate(`/match-requests/${id}`);
    } catch (e) {
      const readable = readableError(e, t);
      setFieldErrors(form, readable.fields);
      void message.error(readable.message);
    }
  };

  const label = mode === 'request' ? t('matchRequests.request') : t('matchRequests.propose');
  return (
    <>
      <Button type={type} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Modal
        open={open}
        title={label}
        onOk={() => void submit()}
        onCancel={() => setOpen(false)}
        okText={t('matchRequests.send')}
        cancelText={t('common.cancel')}
        confirmLoading={r.loading || p.loading}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          {mode === 'request' && !needId ? (
            <Form.Item label={t('matchRequests.forNeed')} name="needId" extra={t('matchRequests.forNeedHelp')}>
              <Select
                allowClear
                loading={needs.loading}
                options={(needs.data?.needs.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.title }))}
              />
            </Form.Item>
          ) : null}
          {mode === 'propose' && !achievementId ? (
            <Form.Item
              label={t('matchRequests.withAchievement')}
              name="achievementId"
              rules={[{ required: true, message: t('form.required') }]}
            >
              <Select
                loading={achievements.loading}
                options={(achievements.data?.achievements.edges ?? [])
                  .filter((e) => e.node.listed)
                  .map((e) => ({ value: e.node.id, label: e.node.title }))}
              />
            </Form.Item>
          ) : null}
          <Form.Item
            label={t('matchRequests.message')}
            name="message"
            extra={t('matchRequests.messageHelp')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
