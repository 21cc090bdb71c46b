import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventFieldsFragment } from '../../../gql/graphql';
import { RegistrationsPanel } from './RegistrationsPanel';
import { RequestsPanel } from './RequestsPanel';

export function CoordinatorEventPanels({ event }: { event: EventFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <Tabs
      items={[
        { key: 'registrations', label: t('events.tabs.registrations'), children: <RegistrationsPanel event={event} /> },
        { key: 'requests', label: t('events.tabs.requests'), children: <RequestsPanel event={event} /> },
      ]}
    />
  );
}
