import { LockOutlined } from '@ant-design/icons';
import { useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { nextCell, type BoardMeeting, type BoardRequest, type Cell } from '../utils/boardModel';

export type DragPayload = { kind: 'meeting'; id: string } | { kind: 'request'; id: string };
export const DRAG_TYPE = 'application/x-xiushui-board';

export function readDrag(e: DragEvent): DragPayload | null {
  try {
    const raw = e.dataTransfer.getData(DRAG_TYPE) || e.dataTransfer.getData('text/plain');
    const p = JSON.parse(raw) as DragPayload;
    return p && (p.kind === 'meeting' || p.kind === 'request') && typeof p.id === 'string' ? p : null;
  } catch {
    return null;
  }
}

export function writeDrag(e: DragEvent, payload: DragPayload): void {
  const raw = JSON.stringify(payload);
  e.dataTransfer.setData(DRAG_TYPE, raw);
  e.dataTransfer.setData('text/plain', raw);
  e.dataTransfer.effectAllowed = 'move';
}

interface Props {
  grid: Cell[][];
  nameOf: (id: string) => string;
  onOpen: (meeting: BoardMeeting, request: BoardRequest | undefined) => void;
  onDrop: (payload: DragPayload, slotId: string, tableId: string) => void;
  editable: boolean;
}

/**
 * Slots × tables as an ARIA grid: one tab stop, arrow keys (Home/End, Ctrl+Home/End, PageUp/PageDown) move between
 * cells, Enter or Space opens a meeting's actions ("move to…", lock, take off). Meetings also move by drag and drop.
 */
export function BoardGrid({ grid, nameOf, onOpen, onDrop, editable }: Props) {
  const { t } = useTranslation();
  const [focus, setFocus] = useState<[number, number]>([0, 0]);
  const [over, setOver] = useState<string | null>(null);
  const table = useRef<HTMLTableElement>(null);
  const rows = grid.length;
  const cols = grid[0]?.length ?? 0;

  const focusCell = (r: number, c: number) => {
    setFocus([r, c]);
    table.current?.querySelector<HTMLElement>(`[data-cell="${r}-${c}"]`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent, r: number, c: number) => {
    const next = nextCell(e.key, r, c, rows, cols, e.ctrlKey || e.metaKey);
    if (next) {
      e.preventDefault();
      focusCell(next[0], next[1]);
      return;
    }
    const cell = grid[r][c];
    if ((e.key === 'Enter' || e.key === ' ') && cell.meeting) {
      e.preventDefault();
      onOpen(cell.meeting, cell.request);
    }
  };

  if (!rows || !cols) return <p>{t('events.board.noGrid')}</p>;
  return (
    <div className="board-scroll">
      <table
        ref={table}
        role="grid"
        aria-label={t('events.board.gridLabel')}
        aria-rowcount={rows + 1}
        aria-colcount={cols + 1}
        className="board-grid"
      >
        <thead>
          <tr role="row">
            <th role="columnheader" scope="col">
              {t('events.board.slot')}
            </th>
            {grid[0].map((cell) => (
              <th role="columnheader" scope="col" key={cell.table.id}>
                {cell.table.name}
                <span className="board-seats">{t('events.board.seats', { count: cell.table.capacity })}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.map((row, r) => (
            <tr role="row" key={row[0].slot.id}>
              <th role="rowheader" scope="row">
                {row[0].slot.start}–{row[0].slot.end}
              </th>
              {row.map((cell, c) => {
                const key = `${cell.slot.id}|${cell.table.id}`;
                const names = cell.request
                  ? `${nameOf(cell.request.fromParticipantId)} × ${nameOf(cell.request.toParticipantId)}`
                  : '';
                const label = cell.meeting
                  ? t('events.board.cellMeeting', {
                      time: cell.slot.start,
                      table: cell.table.name,
                      names,
                      locked: cell.meeting.locked ? t('events.board.lockedMark') : '',
                    })
                  : t('events.board.cellEmpty', { time: cell.slot.start, table: cell.table.name });
                return (
                  <td
                    key={key}
                    role="gridcell"
                    data-cell={`${r}-${c}`}
                    tabIndex={focus[0] === r && focus[1] === c ? 0 : -1}
                    aria-label={label}
                    className={`board-cell${cell.meeting ? ' has-meeting' : ''}${cell.meeting?.locked ? ' is-locked' : ''}${over === key ? ' drop-over' : ''}`}
                    onFocus={() => setFocus([r, c])}
                    onKeyDown={(e) => onKeyDown(e, r, c)}
                    onDoubleClick={() => cell.meeting && onOpen(cell.meeting, cell.request)}
                    onDragOver={(e) => {
                      if (!editable) return;
                      e.preventDefault();
                      setOver(key);
                    }}
                    onDragLeave={() => setOver((o) => (o === key ? null : o))}
                    onDrop={(e) => {
                      e.preventDefault();
                      setOver(null);
                      const p = readDrag(e);
                      if (p && editable) onDrop(p, cell.slot.id, cell.table.id);
                    }}
                  >
                    {cell.meeting && cell.request ? (
                      <div
                        className="board-meeting"
                        draggable={editable}
                        data-meeting-id={cell.meeting.id}
                        onDragStart={(e) => writeDrag(e, { kind: 'meeting', id: (cell.meeting as BoardMeeting).id })}
                        onClick={() => onOpen(cell.meeting as BoardMeeting, cell.request)}
                      >
                        {cell.meeting.locked ? <LockOutlined aria-hidden className="board-lock" /> : null}
                        <span className="board-side">{nameOf(cell.request.fromParticipantId)}</span>
                        <span className="board-side">{nameOf(cell.request.toParticipantId)}</span>
                        {cell.meeting.attendance ? (
                          <span className="board-note">{t(`events.attendance.${cell.meeting.attendance}`)}</span>
                        ) : null}
                      </div>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
