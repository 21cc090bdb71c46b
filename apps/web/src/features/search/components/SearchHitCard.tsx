import { Card, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PriceText } from '../../../components/PriceText';
import type { SearchQuery } from '../../../gql/graphql';
import { Highlighted } from './Highlighted';

type Hit = SearchQuery['search']['hits'][number];

export function SearchHitCard({ hit }: { hit: Hit }) {
  const { t } = useTranslation();
  const a = hit.achievement;
  const n = hit.need;
  const title = a?.title ?? n?.title ?? hit.key ?? '';
  const href = a ? `/achievements/${a.id}` : n ? `/needs/${n.id}` : '#';
  return (
    <Card size="small">
      <Space size={4} wrap style={{ marginBottom: 4 }}>
        <Tag color={a ? 'blue' : 'purple'}>{t(`enums.listingKind.${hit.kind}`)}</Tag>
        {a ? <Tag>{t(`enums.industry.${a.industry}`)}</Tag> : null}
        {n ? <Tag>{t(`enums.industry.${n.industry}`)}</Tag> : null}
        {n?.teaser ? <Tag color="purple">{t('needs.confidentialOn')}</Tag> : null}
      </Space>
      <div style={{ fontSize: 16, fontWeight: 600 }}>
        <Link to={href}>
          <Highlighted html={hit.titleHighlight} fallback={title} />
        </Link>
      </div>
      {hit.summaryHighlight ? (
        <p style={{ margin: '4px 0', color: '#434343' }}>
          <Highlighted html={hit.summaryHighlight} fallback="" />
        </p>
      ) : null}
      <div style={{ color: '#595959', fontSize: 13 }}>
        {a ? (
          <>
            {a.organization?.name} · TRL {a.trl} · <PriceText wan={a.askingPriceWan} />
          </>
        ) : null}
        {n ? (
          <>
            {n.ownerLabel}
            {n.minTrl ? ` · TRL ≥ ${n.minTrl}` : ''}
            {n.budgetWan !== null && n.budgetWan !== undefined
              ? ` · ${t('common.budget', { value: n.budgetWan })}`
              : ''}
          </>
        ) : null}
      </div>
    </Card>
  );
}
