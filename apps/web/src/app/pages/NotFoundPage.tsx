import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../components/LinkButton';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('errors.notFoundPage')}
      extra={
        <LinkButton to="/" type="primary">
          {t('common.home')}
        </LinkButton>
      }
    />
  );
}
