import { NotificationKind as K } from '../notifications/notification.entity';
import { MatchRequestEntity } from './match-request.entity';
import { matchNoticeText } from './match-notices';
import { MatchDirection, MatchRequestStatus } from './match-request.types';

const request = (over: Partial<MatchRequestEntity> = {}) =>
  Object.assign(new MatchRequestEntity(), {
    direction: MatchDirection.REQUEST,
    status: MatchRequestStatus.NEGOTIATING,
    expiresAt: new Date('2099-06-01T00:00:00Z'),
    ...over,
  });
const CJK = /[\u3000-\u9fff\uff00-\uffef]/;
const KINDS = [
  K.MATCH_REQUESTED,
  K.MATCH_ACCEPTED,
  K.MATCH_DECLINED,
  K.MATCH_WITHDRAWN,
  K.MATCH_EXPIRING,
  K.MATCH_EXPIRED,
  K.MATCH_STAGE_CHANGED,
  K.MATCH_CLOSED,
];

describe('match-request notice texts', () => {
  it.each(KINDS)('%s reads in Chinese and, with no Chinese word, in English', (kind) => {
    for (const direction of [MatchDirection.REQUEST, MatchDirection.PROPOSAL]) {
      const text = matchNoticeText(kind, request({ direction }), 'EL inspection');
      expect(text['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(text.en).not.toMatch(CJK);
      expect(text.en).toContain('EL inspection');
    }
  });

  it('names the stage in each language', () => {
    expect(matchNoticeText(K.MATCH_STAGE_CHANGED, request(), 'X')).toEqual({
      'zh-CN': '对接进展：「X」进入商务谈判阶段',
      en: 'Match progress: “X” is now at the Negotiating stage',
    });
  });
});
