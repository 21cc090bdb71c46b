import { Alert, Empty, List, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BoardRequest, BoardSlot, BoardTable, ScheduleChange } from '../utils/boardModel';

/** What the last scheduler run changed, to review before publishing. */
export function ComparePanel({
  changes,
  slots,
  tables,
  requests,
  nameOf,
}: {
  changes: ScheduleChange[] | null;
  slots: BoardSlot[];
  tables: BoardTable[];
  requests: BoardRequest[];
  nameOf: (id: string) => string;
}) {
  const { t } = useTranslation();
  if (!changes) return <Alert type="info" showIcon title={t('events.board.compareHelp')} />;
  const place = (p?: { slotId: string; tableId: string }) =>
    p
      ? `${slots.find((s) => s.id === p.slotId)?.start ?? '?'} ${tables.find((tb) => tb.id === p.tableId)?.name ?? '?'}`
      : '';
  const reqs = new Map(requests.map((r) => [r.id, r]));
  const colors = { added: 'green', removed: 'red', moved: 'gold' } as const;
  return (
    <List
      size="small"
      bordered
      header={t('events.board.compareTitle', { count: changes.length })}
      dataSource={changes}
      locale={{ emptyText: <Empty description={t('events.board.noChanges')} /> }}
      renderItem={(c) => {
        const r = reqs.get(c.requestId);
        return (
          <List.Item>
            <Tag color={colors[c.kind]}>{t(`events.board.change.${c.kind}`)}</Tag>
            {r ? `${nameOf(r.fromParticipantId)} × ${nameOf(r.toParticipantId)}` : c.requestId}
            {c.before ? ` · ${place(c.before)}` : ''}
            {c.before && c.after ? ' → ' : ' · '}
            {c.after ? place(c.after) : ''}
          </List.Item>
        );
      }}
    />
  );
}
