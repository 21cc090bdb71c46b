/** What a person calls each kind of record in Chinese, by the English name services use in errors. */
const ENTITY_LABELS: Record<string, string> = {
  Need: '技术需求',
  Achievement: '科技成果',
  Organization: '机构',
  User: '用户',
  Event: '对接会',
  'Match request': '对接请求',
  MatchRequest: '对接请求',
  'Meeting request': '洽谈申请',
  Meeting: '洽谈',
  Participant: '参会机构',
  Calendar: '日程',
  Invitation: '邀请',
  'Registration application': '注册申请',
  Notification: '通知',
  'Vocabulary group': '词组',
};

/** The Chinese name of a kind of record, or undefined when none is known. */
export const entityLabel = (what: string): string | undefined => ENTITY_LABELS[what];
