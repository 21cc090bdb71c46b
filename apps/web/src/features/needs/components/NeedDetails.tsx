import { Alert, Descriptions, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { EnumTags } from '../../../components/EnumTags';
import { formatDate } from '../../../components/dates';
import type { NeedFieldsFragment } from '../../../gql/graphql';
import { NeedStatusTag } from './NeedStatusTag';

/** What the server let this person see; a teaser shows only what it carries. */
export function NeedDetails({ need: n }: { need: NeedFieldsFragment }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {n.teaser ? <Alert type="info" showIcon title={t('needs.teaserNotice')} style={{ marginBottom: 12 }} /> : null}
      <Descriptions column={{ xs: 1, sm: 1, md: 2 }} bordered size="small">
        <Descriptions.Item label={t('common.organization')}>{n.ownerLabel}</Descriptions.Item>
        <Descriptions.Item label={t('common.status')}>
          <NeedStatusTag status={n.status} />
          {n.confidential ? <Tag color="purple">{t('needs.confidentialOn')}</Tag> : null}
        </Descriptions.Item>
        <Descriptions.Item label={t('needs.fields.industry')}>{t(`enums.industry.${n.industry}`)}</Descriptions.Item>
        {!n.teaser ? (
          <Descriptions.Item label={t('needs.fields.minTrl')}>
            {n.minTrl ? t('trl.short', { level: n.minTrl, title: t(`trl.${n.minTrl}.title`) }) : '—'}
          </Descriptions.Item>
        ) : null}
        {!n.teaser ? (
          <Descriptions.Item label={t('needs.fields.description')} span={2}>
            <div style={{ whiteSpace: 'pre-wrap' }}>{n.description}</div>
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label={t('needs.fields.keywords')} span={2}>
          <Space size={[4, 4]} wrap>
            {n.keywords.map((k) => (
              <Tag key={k}>{k}</Tag>
            ))}
          </Space>
        </Descriptions.Item>
        {!n.teaser ? (
          <>
            <Descriptions.Item label={t('needs.fields.cooperationModes')}>
              <EnumTags group="cooperationMode" values={n.cooperationModes} color="blue" />
            </Descriptions.Item>
            <Descriptions.Item label={t('needs.fields.budgetWan')}>
              {n.budgetWan !== null && n.budgetWan !== undefined ? t('common.wan', { value: n.budgetWan }) : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('needs.fields.deadline')}>
              {formatDate(n.deadline, i18n.language)}
            </Descriptions.Item>
          </>
        ) : null}
        {n.contact !== null && n.contact !== undefined ? (
          <Descriptions.Item label={t('needs.fields.contact')}>{n.contact || '—'}</Descriptions.Item>
        ) : null}
      </Descriptions>
    </>
  );
}
