import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Input, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../components/dates';
import { readableError } from '../../../lib/errors';
import { CALENDAR_TOKEN, REGENERATE_CALENDAR, REVOKE_CALENDAR } from '../graphql/agenda';

/** A personal calendar feed URL: shown once when made (only its hash is stored), replaceable and revocable. */
export function CalendarCard() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const issued = useQuery(CALENDAR_TOKEN);
  const [regenerate, regState] = useMutation(REGENERATE_CALENDAR);
  const [revoke, revState] = useMutation(REVOKE_CALENDAR);
  const [url, setUrl] = useState<string | null>(null);
  const run = async (work: () => Promise<void>) => {
    try {
      await work();
      await issued.refetch();
    } catch (e) {
      void message.error(readableError(e, t).message);
    }
  };
  const at = issued.data?.calendarTokenIssuedAt;
  return (
    <Card title={t('events.agenda.calendarTitle')} size="small" className="no-print">
      <p>{t('events.agenda.calendarHelp')}</p>
      {url ? (
        <Space.Compact style={{ width: '100%', marginBottom: 8 }}>
          <Input readOnly value={url} aria-label={t('events.agenda.calendarUrl')} onFocus={(e) => e.target.select()} />
          <Button
            onClick={() =>
              void navigator.clipboard?.writeText(url).then(() => message.success(t('events.agenda.copied')))
            }
          >
            {t('events.agenda.copy')}
          </Button>
        </Space.Compact>
      ) : at ? (
        <p>{t('events.agenda.calendarIssued', { at: formatDateTime(at, i18n.language) })}</p>
      ) : null}
      <Space wrap>
        <Button
          loading={regState.loading}
          onClick={() =>
            void run(async () => {
              const res = await regenerate();
              if (res.data) setUrl(`${window.location.origin}${res.data.regenerateCalendarToken.path}`);
            })
          }
        >
          {at ? t('events.agenda.calendarRenew') : t('events.agenda.calendarCreate')}
        </Button>
        {at ? (
          <Popconfirm
            title={t('events.agenda.calendarRevokeConfirm')}
            okText={t('events.agenda.calendarRevoke')}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              run(async () => {
                await revoke();
                setUrl(null);
                void message.success(t('events.agenda.calendarRevoked'));
              })
            }
          >
            <Button danger loading={revState.loading}>
              {t('events.agenda.calendarRevoke')}
            </Button>
          </Popconfirm>
        ) : null}
      </Space>
    </Card>
  );
}
