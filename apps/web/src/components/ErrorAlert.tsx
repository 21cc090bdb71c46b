import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { readableError } from '../lib/errors';

/** An API error in the person's language; renders nothing without an error. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert type="error" showIcon title={readableError(error, t).message} style={{ marginBottom: 16 }} role="alert" />
  );
}
