import { useMutation } from '@apollo/client/react';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../../components/LinkButton';
import type { NeedFieldsFragment } from '../../../gql/graphql';
import { readableError } from '../../../lib/errors';
import { CLOSE_NEED, OPEN_NEED, RENEW_NEED } from '../graphql/needs';

function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export function NeedActions({ need: n }: { need: NeedFieldsFragment }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const ref = { variables: { input: { id: n.id, version: n.version ?? 0 } } };
  const onError = (e: unknown) => void message.error(readableError(e, t).message);
  const [open, o] = useMutation(OPEN_NEED, {
    ...ref,
    onError,
    onCompleted: () => void message.success(t('needs.opened')),
  });
  const [close, c] = useMutation(CLOSE_NEED, {
    ...ref,
    onError,
    onCompleted: () => void message.success(t('needs.closed')),
  });
  const [renew, r] = useMutation(RENEW_NEED, { onError, onCompleted: () => void message.success(t('needs.renewed')) });
  return (
    <>
      <LinkButton to={`/needs/${n.id}/edit`}>{t('common.edit')}</LinkButton>
      {n.status === 'DRAFT' ? (
        <Button type="primary" loading={o.loading} onClick={() => void open()}>
          {t('needs.open')}
        </Button>
      ) : null}
      {n.status === 'OPEN' ? (
        <Popconfirm
          title={t('needs.closeConfirm')}
          onConfirm={() => void close()}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
        >
          <Button danger loading={c.loading}>
            {t('needs.close')}
          </Button>
        </Popconfirm>
      ) : null}
      {n.status === 'CLOSED' ? (
        <Button
          loading={r.loading}
          onClick={() =>
            void renew({ variables: { input: { id: n.id, version: n.version ?? 0, deadline: inDays(90) } } })
          }
        >
          {t('needs.renew')}
        </Button>
      ) : null}
    </>
  );
}
