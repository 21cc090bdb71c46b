/** What a person calls each input field in Chinese, by the field's name (the last part of its path). */
const FIELD_LABELS: Record<string, string> = {
  title: '标题',
  summary: '摘要',
  description: '描述',
  keywords: '关键词',
  trl: '技术成熟度(TRL)',
  minTrl: '最低技术成熟度(TRL)',
  trlMin: '最低技术成熟度(TRL)',
  trlMax: '最高技术成熟度(TRL)',
  email: '邮箱',
  contactEmail: '联系邮箱',
  password: '密码',
  currentPassword: '当前密码',
  newPassword: '新密码',
  name: '名称',
  displayName: '姓名',
  orgName: '机构名称',
  organisationName: '机构名称',
  contactName: '联系人',
  contactPhone: '联系电话',
  phone: '电话',
  contact: '联系方式',
  creditCode: '统一社会信用代码',
  industry: '行业',
  industries: '行业',
  cooperationModes: '合作方式',
  askingPriceWan: '转让价格(万元)',
  budgetWan: '预算(万元)',
  contractAmountWan: '合同金额(万元)',
  contractNumber: '合同编号',
  deadline: '截止日期',
  validUntil: '有效期',
  registrationDeadline: '报名截止日期',
  date: '日期',
  dayStart: '开始时间',
  dayEnd: '结束时间',
  start: '开始时间',
  end: '结束时间',
  slotMinutes: '每场时长(分钟)',
  maxMeetings: '最多洽谈场数',
  capacity: '容量',
  venue: '地点',
  theme: '主题',
  region: '地区',
  message: '留言',
  note: '备注',
  reason: '原因',
  outcome: '结果',
  key: '编号',
  ip: '知识产权',
  number: '编号',
  type: '类型',
  kind: '类型',
  role: '角色',
  team: '团队',
  speaker: '主讲人',
  version: '版本',
  token: '令牌',
  refreshToken: '刷新令牌',
  first: '数量',
  statuses: '状态',
  score: '评分',
  tables: '洽谈桌',
  breaks: '休息时段',
  organisers: '主办方',
  roadshows: '路演项目',
  locale: '语言',
};

/** Labels that depend on the input: the input type's name containing the key picks them. */
const SCOPED_LABELS: Record<string, Record<string, string>> = {
  Need: { description: '需求描述' },
  Achievement: { description: '成果描述', name: '名称' },
  Event: { description: '对接会介绍', name: '对接会名称' },
  Organization: { name: '机构名称' },
};

/**
 * A field's Chinese label, by its path (`ip.0.number` reads its last name) and optionally the input type's name
 * (`CreateNeedInput`); the path itself when none is known.
 */
export function fieldLabel(path: string, scope?: string): string {
  const leaf =
    path
      .split('.')
      .filter((p) => !/^\d+$/.test(p))
      .at(-1) ?? path;
  const scoped = scope ? Object.entries(SCOPED_LABELS).find(([key]) => scope.includes(key))?.[1] : undefined;
  return scoped?.[leaf] ?? FIELD_LABELS[path] ?? FIELD_LABELS[leaf] ?? path;
}
