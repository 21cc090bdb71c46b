import { Button, Empty, List } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { unscheduledText } from '../../../components/events/unscheduled';
import type { BoardRequest } from '../utils/boardModel';
import { writeDrag } from './BoardGrid';

export function reasonFor(r: BoardRequest, nameOf: (id: string) => string, t: TFunction): string {
  return (
    unscheduledText(
      r.unscheduledCode,
      r.unscheduledReason,
      { a: nameOf(r.fromParticipantId), b: nameOf(r.toParticipantId) },
      t,
    ) ?? t('events.board.notYetScheduled')
  );
}

/** Accepted requests the schedule does not hold, each with the scheduler's reason; drag one onto the grid or place it. */
export function UnscheduledList({
  requests,
  nameOf,
  editable,
  onPlace,
}: {
  requests: BoardRequest[];
  nameOf: (id: string) => string;
  editable: boolean;
  onPlace: (r: BoardRequest) => void;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="unscheduled-title" style={{ marginTop: 16 }}>
      <h2 id="unscheduled-title" style={{ fontSize: 16 }}>
        {t('events.board.unscheduledTitle', { count: requests.length })}
      </h2>
      <List
        size="small"
        bordered
        dataSource={requests}
        locale={{ emptyText: <Empty description={t('events.board.allScheduled')} /> }}
        renderItem={(r) => (
          <List.Item
            draggable={editable}
            onDragStart={(e) => writeDrag(e, { kind: 'request', id: r.id })}
            actions={
              editable
                ? [
                    <Button
                      key="place"
                      size="small"
                      onClick={() => onPlace(r)}
                      aria-label={t('events.board.placeNamed', {
                        a: nameOf(r.fromParticipantId),
                        b: nameOf(r.toParticipantId),
                      })}
                    >
                      {t('events.board.placeAt')}
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={`${nameOf(r.fromParticipantId)} × ${nameOf(r.toParticipantId)}`}
              description={reasonFor(r, nameOf, t)}
            />
          </List.Item>
        )}
      />
    </section>
  );
}
