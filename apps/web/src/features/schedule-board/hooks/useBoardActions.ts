import { useMutation } from '@apollo/client/react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { LOCK_MEETING, MOVE_MEETING, PLACE_MEETING, RESCHEDULE, UNSCHEDULE_MEETING } from '../graphql/board';
import { moveErrorText } from '../utils/moveErrors';

/** Every change the board makes; the server validates each one and a refusal is shown with its reason. */
export function useBoardActions(eventId: string, refetch: () => Promise<unknown>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [move] = useMutation(MOVE_MEETING);
  const [place] = useMutation(PLACE_MEETING);
  const [lock] = useMutation(LOCK_MEETING);
  const [unschedule] = useMutation(UNSCHEDULE_MEETING);
  const [reschedule, rescheduleState] = useMutation(RESCHEDULE);

  const attempt = async (work: () => Promise<unknown>, done: string): Promise<boolean> => {
    try {
      await work();
      void message.success(done);
      await refetch();
      return true;
    } catch (e) {
      void message.error({ content: t('events.board.refused.title', { reason: moveErrorText(e, t) }), duration: 6 });
      await refetch();
      return false;
    }
  };

  return {
    move: (meetingId: string, slotId: string, tableId: string) =>
      attempt(() => move({ variables: { input: { meetingId, slotId, tableId } } }), t('events.board.moved')),
    place: (requestId: string, slotId: string, tableId: string) =>
      attempt(() => place({ variables: { input: { requestId, slotId, tableId } } }), t('events.board.placed')),
    lock: (meetingId: string, locked: boolean) =>
      attempt(
        () => lock({ variables: { input: { meetingId, locked } } }),
        locked ? t('events.board.lockedDone') : t('events.board.unlockedDone'),
      ),
    unschedule: (meetingId: string) =>
      attempt(() => unschedule({ variables: { meetingId } }), t('events.board.unscheduled')),
    reschedule: async () => {
      try {
        const res = await reschedule({ variables: { eventId } });
        const r = res.data?.scheduleEvent;
        if (r)
          void message.success(
            t('events.board.rescheduled', {
              scheduled: r.scheduled,
              requests: r.requests,
              moved: r.moved,
              locked: r.locked,
            }),
          );
        await refetch();
        return true;
      } catch (e) {
        void message.error(moveErrorText(e, t));
        return false;
      }
    },
    rescheduling: rescheduleState.loading,
  };
}
