import { Descriptions, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { EnumTags } from '../../../components/EnumTags';
import { PriceText } from '../../../components/PriceText';
import { formatDate } from '../../../components/dates';
import type { AchievementFieldsFragment } from '../../../gql/graphql';
import { AchievementStatusTag } from './AchievementStatusTag';

export function AchievementDetails({ achievement: a }: { achievement: AchievementFieldsFragment }) {
  const { t, i18n } = useTranslation();
  return (
    <Descriptions column={{ xs: 1, sm: 1, md: 2 }} bordered size="small">
      <Descriptions.Item label={t('common.organization')}>{a.organization?.name ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('common.status')}>
        <AchievementStatusTag status={a.status} listed={a.listed} />
      </Descriptions.Item>
      <Descriptions.Item label={t('achievements.fields.industry')}>
        {t(`enums.industry.${a.industry}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('achievements.fields.trl')}>
        {t('trl.short', { level: a.trl, title: t(`trl.${a.trl}.title`) })}
        <div style={{ color: '#595959', fontSize: 12 }}>{t(`trl.${a.trl}.help`)}</div>
      </Descriptions.Item>
      <Descriptions.Item label={t('achievements.fields.summary')} span={2}>
        <div style={{ whiteSpace: 'pre-wrap' }}>{a.summary}</div>
      </Descriptions.Item>
      <Descriptions.Item label={t('achievements.fields.keywords')} span={2}>
        <Space size={[4, 4]} wrap>
          {a.keywords.map((k) => (
            <Tag key={k}>{k}</Tag>
          ))}
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label={t('achievements.fields.cooperationModes')}>
        <EnumTags group="cooperationMode" values={a.cooperationModes} color="blue" />
      </Descriptions.Item>
      <Descriptions.Item label={t('achievements.fields.price')}>
        <PriceText wan={a.askingPriceWan} />
      </Descriptions.Item>
      <Descriptions.Item label={t('achievements.fields.ip')} span={2}>
        {a.ip.length === 0 ? (
          '—'
        ) : (
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {a.ip.map((i, n) => (
              <li key={n}>
                {t(`enums.ipType.${i.type}`)} {i.number ?? ''}
              </li>
            ))}
          </ul>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('achievements.fields.team')} span={2}>
        <div style={{ whiteSpace: 'pre-wrap' }}>{a.team || '—'}</div>
      </Descriptions.Item>
      {a.contact !== null && a.contact !== undefined ? (
        <Descriptions.Item label={t('achievements.fields.contact')}>{a.contact || '—'}</Descriptions.Item>
      ) : null}
      <Descriptions.Item label={t('achievements.fields.validUntil')}>
        {formatDate(a.validUntil, i18n.language)}
      </Descriptions.Item>
    </Descriptions>
  );
}
