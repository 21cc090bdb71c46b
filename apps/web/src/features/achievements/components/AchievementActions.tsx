import { useMutation } from '@apollo/client/react';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../../components/LinkButton';
import type { AchievementFieldsFragment } from '../../../gql/graphql';
import { readableError } from '../../../lib/errors';
import { ARCHIVE_ACHIEVEMENT, PUBLISH_ACHIEVEMENT, RENEW_ACHIEVEMENT } from '../graphql/achievements';

/** Edit, publish, withdraw (archive), renew; the server refuses what the person may not do. */
export function AchievementActions({ achievement: a }: { achievement: AchievementFieldsFragment }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const ref = { variables: { input: { id: a.id, version: a.version } } };
  const onError = (e: unknown) => void message.error(readableError(e, t).message);
  const [publish, p] = useMutation(PUBLISH_ACHIEVEMENT, {
    ...ref,
    onError,
    onCompleted: () => void message.success(t('achievements.published')),
  });
  const [archive, w] = useMutation(ARCHIVE_ACHIEVEMENT, {
    ...ref,
    onError,
    onCompleted: () => void message.success(t('achievements.withdrawn')),
  });
  const [renew, r] = useMutation(RENEW_ACHIEVEMENT, {
    ...ref,
    onError,
    onCompleted: () => void message.success(t('achievements.renewed')),
  });
  return (
    <>
      <LinkButton to={`/achievements/${a.id}/edit`}>{t('common.edit')}</LinkButton>
      {a.status === 'DRAFT' ? (
        <Button type="primary" loading={p.loading} onClick={() => void publish()}>
          {t('achievements.publish')}
        </Button>
      ) : null}
      {a.status === 'PUBLISHED' ? (
        <Popconfirm
          title={t('achievements.withdrawConfirm')}
          onConfirm={() => void archive()}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
        >
          <Button danger loading={w.loading}>
            {t('achievements.withdraw')}
          </Button>
        </Popconfirm>
      ) : null}
      {a.status === 'ARCHIVED' || (a.status === 'PUBLISHED' && !a.listed) ? (
        <Button loading={r.loading} onClick={() => void renew()}>
          {t('achievements.renew')}
        </Button>
      ) : null}
    </>
  );
}
