import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

export function LoadingBlock() {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite" style={{ padding: 48, textAlign: 'center' }}>
      <Spin />
      <div style={{ marginTop: 8, color: '#595959' }}>{t('common.loading')}</div>
    </div>
  );
}
