import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null } | undefined;
  onMore: (after: string | null | undefined) => void;
}

/** "加载更多" under a paged list, shown while the server says there is a next page. */
export function LoadMoreButton({ pageInfo, onMore }: Props) {
  const { t } = useTranslation();
  if (!pageInfo?.hasNextPage) return null;
  return (
    <Button style={{ marginTop: 12 }} onClick={() => onMore(pageInfo.endCursor)}>
      {t('common.loadMore')}
    </Button>
  );
}
