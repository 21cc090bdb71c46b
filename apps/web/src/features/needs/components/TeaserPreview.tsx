import { Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/useSession';
import { teaserPreview, type TeaserInput } from '../utils/teaser';

/** A live preview of exactly what outsiders will read, updated as the person types. */
export function TeaserPreview({ values }: { values: TeaserInput }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const view = teaserPreview(values, user?.organization?.name ?? '');
  const owner =
    view.owner.kind === 'name'
      ? view.owner.name
      : t('needs.teaser.anonymousOwner', {
          industry: view.owner.industry ? t(`enums.industry.${view.owner.industry}`) : '',
        });
  return (
    <Card
      size="small"
      title={t('needs.teaser.title')}
      style={{ background: '#fafafa' }}
      aria-live="polite"
      data-testid="teaser-preview"
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {values.confidential ? t('needs.teaser.confidentialExplain') : t('needs.teaser.publicExplain')}
      </Typography.Paragraph>
      <div style={{ fontWeight: 600 }}>{view.title || t('needs.teaser.noTitle')}</div>
      <div style={{ margin: '4px 0' }}>
        {t('needs.teaser.owner')}：<span data-testid="teaser-owner">{owner}</span>
      </div>
      <Space size={[4, 4]} wrap>
        {view.industry ? <Tag color="blue">{t(`enums.industry.${view.industry}`)}</Tag> : null}
        {view.keywords.map((k) => (
          <Tag key={k}>{k}</Tag>
        ))}
      </Space>
      {view.description ? (
        <Typography.Paragraph style={{ marginTop: 8, whiteSpace: 'pre-wrap' }} ellipsis={{ rows: 3 }}>
          {view.description}
        </Typography.Paragraph>
      ) : null}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('needs.teaser.hidden', { fields: view.hidden.map((f) => t(`needs.fields.${f}`)).join('、') })}
      </Typography.Paragraph>
    </Card>
  );
}
