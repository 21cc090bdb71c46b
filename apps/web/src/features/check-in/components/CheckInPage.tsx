import './checkIn.css';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Empty, Input, List, Tag } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDateTime } from '../../../components/dates';
import { parseCheckInCode } from '../../../components/events/checkInCode';
import { participantMatches } from '../../../components/events/participants';
import { LoadingBlock } from '../../../components/LoadingBlock';
import { PageHeader } from '../../../components/PageHeader';
import { readableError } from '../../../lib/errors';
import { CHECK_IN, CHECK_IN_ROSTER } from '../graphql/checkIn';
import { ParticipantDay } from './ParticipantDay';
import { QrScanner } from './QrScanner';

/**
 * The desk on the day, on a phone: scan the agenda's QR code (camera), enter its code in the search box (by hand or
 * with a handheld scanner) or search by name; check in; record the meetings.
 */
export default function CheckInPage() {
  const { id = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const roster = useQuery(CHECK_IN_ROSTER, { variables: { eventId: id } });
  const [checkIn, checkInState] = useMutation(CHECK_IN);
  const [query, setQuery] = useState('');
  const [scanning, setScanning] = useState(false);
  const selected = search.get('participant');
  const select = useCallback(
    (participantId: string | null) => setSearch(participantId ? { participant: participantId } : {}, { replace: true }),
    [setSearch],
  );

  const onCode = useCallback(
    (text: string) => {
      const code = parseCheckInCode(text);
      setScanning(false);
      if (!code) void message.error(t('events.checkIn.badCode'));
      else if (code.eventId !== id.toLowerCase()) void message.error(t('events.checkIn.otherEvent'));
      else select(code.participantId);
    },
    [id, message, select, t],
  );

  if (roster.loading && !roster.data) return <LoadingBlock />;
  if (!roster.data) return <ErrorAlert error={roster.error} />;
  const people = roster.data.eventParticipants;
  const person = people.find((p) => p.id === selected);
  const doCheckIn = async (participantId: string) => {
    try {
      await checkIn({ variables: { participantId } });
      void message.success(t('events.checkIn.done'));
    } catch (e) {
      void message.error(readableError(e, t).message);
    }
  };
  const checkedIn = people.filter((p) => p.checkedInAt).length;

  return (
    <div className="check-in">
      <PageHeader title={t('events.checkIn.title', { title: roster.data.event.title })} />
      <p aria-live="polite">{t('events.checkIn.progress', { done: checkedIn, all: people.length })}</p>
      {scanning ? (
        <QrScanner onCode={onCode} onClose={() => setScanning(false)} />
      ) : (
        <Button type="primary" size="large" block onClick={() => setScanning(true)} style={{ marginBottom: 12 }}>
          {t('events.checkIn.scan')}
        </Button>
      )}
      {person ? (
        <Card
          title={person.displayName}
          extra={
            <Button size="small" onClick={() => select(null)}>
              {t('events.checkIn.back')}
            </Button>
          }
          style={{ marginBottom: 12 }}
        >
          {person.checkedInAt ? (
            <Tag color="green">
              {t('events.registrations.checkedInAt', { at: formatDateTime(person.checkedInAt, i18n.language) })}
            </Tag>
          ) : (
            <Button type="primary" loading={checkInState.loading} onClick={() => void doCheckIn(person.id)}>
              {t('events.checkIn.checkIn')}
            </Button>
          )}
          <ParticipantDay eventId={id} participantId={person.id} />
        </Card>
      ) : null}
      <label htmlFor="check-in-search" className="visually-hidden">
        {t('events.checkIn.search')}
      </label>
      <Input
        id="check-in-search"
        type="search"
        role="searchbox"
        size="large"
        allowClear
        placeholder={t('events.checkIn.search')}
        value={query}
        onChange={(e) => {
          // Without a camera, the code goes in here: typed by hand, pasted, or from a handheld scanner (which types).
          if (parseCheckInCode(e.target.value)) {
            setQuery('');
            onCode(e.target.value);
          } else setQuery(e.target.value);
        }}
        style={{ marginBottom: 8 }}
      />
      <List
        bordered
        dataSource={people.filter((p) => participantMatches(p, query))}
        locale={{ emptyText: <Empty description={t('events.checkIn.noMatch')} /> }}
        renderItem={(p) => (
          <List.Item
            actions={[
              p.checkedInAt ? (
                <Tag key="done" color="green">
                  {t('events.checkIn.checkedIn')}
                </Tag>
              ) : (
                <Button
                  key="in"
                  size="small"
                  type="primary"
                  onClick={() => void doCheckIn(p.id)}
                  aria-label={t('events.checkIn.checkInNamed', { name: p.displayName })}
                >
                  {t('events.checkIn.checkIn')}
                </Button>
              ),
              <Button
                key="open"
                size="small"
                onClick={() => select(p.id)}
                aria-label={t('events.checkIn.openNamed', { name: p.displayName })}
              >
                {t('events.checkIn.open')}
              </Button>,
            ]}
          >
            {p.displayName}
          </List.Item>
        )}
      />
    </div>
  );
}
