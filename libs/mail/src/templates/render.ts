import { ALLIANCE_NAME } from '@app/core';
import { languageOf, Locale, MailContent, MailKind, RenderedMail } from '../mail.types';

const escape = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

const day = (d: Date): string =>
  d.toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

interface Parts {
  subject: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; link: string };
  list?: { summary: string; link: string }[];
  footer: string;
}

const NOTICE_SUBJECTS: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    MATCH_REQUEST_RECEIVED: '新的对接请求',
    MATCH_REQUEST_ANSWERED: '对接请求有了答复',
    MATCH_REQUEST_EXPIRING: '对接请求即将过期',
    MATCH_REQUEST_EXPIRED: '对接请求已过期',
    MATCH_STAGE_CHANGED: '对接进展更新',
    LISTING_EXPIRING: '发布内容即将到期',
    MEETING_REQUEST_RECEIVED: '新的对接会洽谈请求',
    MEETING_REQUEST_ANSWERED: '对接会洽谈请求有了答复',
    MEETING_REQUEST_EXPIRING: '对接会洽谈请求即将过期',
    EVENT_SCHEDULE_CHANGED: '对接会日程更新',
    EVENT_CANCELLED: '对接会已取消',
    EVENT_REMINDER: '对接会明天举行',
  },
  'en-US': {
    MATCH_REQUEST_RECEIVED: 'New match request',
    MATCH_REQUEST_ANSWERED: 'Your match request was answered',
    MATCH_REQUEST_EXPIRING: 'A match request expires soon',
    MATCH_REQUEST_EXPIRED: 'A match request expired',
    MATCH_STAGE_CHANGED: 'Match request progress',
    LISTING_EXPIRING: 'Your listing ends in 30 days',
    MEETING_REQUEST_RECEIVED: 'New meeting request at a matchmaking event',
    MEETING_REQUEST_ANSWERED: 'Your meeting request was answered',
    MEETING_REQUEST_EXPIRING: 'A meeting request expires soon',
    EVENT_SCHEDULE_CHANGED: 'Matchmaking event schedule update',
    EVENT_CANCELLED: 'Matchmaking event cancelled',
    EVENT_REMINDER: 'Matchmaking event tomorrow',
  },
};

function parts(content: MailContent, locale: Locale, name: string): Parts {
  const zh = locale === 'zh-CN';
  const greeting = zh ? `${name}，您好：` : `Dear ${name},`;
  const footer = zh
    ? `此邮件由${ALLIANCE_NAME}系统自动发送，请勿直接回复。`
    : `Sent automatically by ${ALLIANCE_NAME} (Xiushui innovation alliance); please do not reply.`;
  const base = { greeting, footer };
  switch (content.kind) {
    case MailKind.INVITATION:
      return {
        ...base,
        subject: zh
          ? `邀请您加入${ALLIANCE_NAME}（${content.orgName}）`
          : `Invitation to ${ALLIANCE_NAME} (${content.orgName})`,
        paragraphs: zh
          ? [
              `您被邀请以「${content.orgName}」成员的身份使用${ALLIANCE_NAME}产学研对接平台。`,
              `请在 ${day(content.expiresAt)} 前点击下方链接设置密码；链接仅能使用一次。`,
            ]
          : [
              `You are invited to the ${ALLIANCE_NAME} matchmaking platform as a member of ${content.orgName}.`,
              `Set your password before ${day(content.expiresAt)} with the link below; it works once.`,
            ],
        action: { label: zh ? '接受邀请并设置密码' : 'Accept the invitation', link: content.link },
      };
    case MailKind.PASSWORD_RESET:
      return {
        ...base,
        subject: zh ? '重置您的密码' : 'Reset your password',
        paragraphs: zh
          ? [
              `我们收到了重置您账户密码的请求。链接 ${content.minutes} 分钟内有效，仅能使用一次；重置后所有设备需要重新登录。`,
              '如果不是您本人操作，请忽略此邮件，您的密码不会改变。',
            ]
          : [
              `We received a request to reset your password. The link works once within ${content.minutes} minutes; afterwards every device signs in again.`,
              'If you did not ask for this, ignore this e-mail: your password stays as it is.',
            ],
        action: { label: zh ? '设置新密码' : 'Choose a new password', link: content.link },
      };
    case MailKind.REGISTRATION_APPROVED:
      return {
        ...base,
        subject: zh ? `「${content.orgName}」的入驻申请已通过` : `${content.orgName}: registration approved`,
        paragraphs: zh
          ? [
              `「${content.orgName}」加入${ALLIANCE_NAME}的申请已审核通过，您是本单位的管理员。`,
              '请点击下方链接设置密码，之后即可邀请同事、发布技术需求。',
            ]
          : [
              `The registration of ${content.orgName} with ${ALLIANCE_NAME} was approved; you are its administrator.`,
              'Set your password with the link below, then invite colleagues and post technical needs.',
            ],
        action: { label: zh ? '设置密码' : 'Set your password', link: content.link },
      };
    case MailKind.REGISTRATION_REJECTED:
      return {
        ...base,
        subject: zh ? `「${content.orgName}」的入驻申请未通过` : `${content.orgName}: registration not approved`,
        paragraphs: zh
          ? [
              `很遗憾，「${content.orgName}」加入${ALLIANCE_NAME}的申请未通过审核。`,
              `原因：${content.reason}`,
              '补充材料后可重新提交申请。',
            ]
          : [
              `The registration of ${content.orgName} with ${ALLIANCE_NAME} was not approved.`,
              `Reason: ${content.reason}`,
              'You may apply again with the missing information.',
            ],
      };
    case MailKind.DIGEST:
      return {
        ...base,
        subject: zh
          ? `${ALLIANCE_NAME}每日摘要（${content.items.length} 条）`
          : `${ALLIANCE_NAME} daily digest (${content.items.length})`,
        paragraphs: [zh ? '以下是您过去一天的通知：' : 'Your notices of the past day:'],
        list: content.items,
      };
    default:
      return {
        ...base,
        subject: NOTICE_SUBJECTS[locale][content.kind],
        paragraphs: [content.summary[languageOf(locale)]],
        action: { label: zh ? '查看详情' : 'Open', link: content.link },
      };
  }
}

/** Plain-text and HTML parts of one message; the HTML has inline styles only and no remote images. */
export function renderMail(content: MailContent, locale: Locale, name: string): RenderedMail {
  const p = parts(content, locale, name);
  const text = [
    p.greeting,
    '',
    ...p.paragraphs.flatMap((x) => [x, '']),
    ...(p.list ?? []).map((i) => `- ${i.summary}\n  ${i.link}`),
    ...(p.action ? [`${p.action.label}：`, p.action.link, ''] : []),
    '—',
    p.footer,
  ].join('\n');
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escape(p.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f5f5f5;font-family:'PingFang SC','Microsoft YaHei',sans-serif;color:#222">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:24px;border-radius:6px">
<p style="font-size:18px;font-weight:bold;color:#b71c1c;margin:0 0 16px">${escape(ALLIANCE_NAME)}</p>
<p>${escape(p.greeting)}</p>
${p.paragraphs.map((x) => `<p>${escape(x)}</p>`).join('\n')}
${p.list ? `<ul>${p.list.map((i) => `<li><a href="${escape(i.link)}">${escape(i.summary)}</a></li>`).join('')}</ul>` : ''}
${
  p.action
    ? `<p><a href="${escape(p.action.link)}" style="display:inline-block;padding:10px 18px;background:#b71c1c;color:#fff;text-decoration:none;border-radius:4px">${escape(p.action.label)}</a></p>
<p style="font-size:12px;color:#666">${escape(p.action.link)}</p>`
    : ''
}
<p style="font-size:12px;color:#888;border-top:1px solid #eee;padding-top:12px">${escape(p.footer)}</p>
</div></body></html>`;
  return { subject: p.subject, text, html };
}

/** A link into the web app: PUBLIC_URL + path, with a secret as the `token` query parameter. */
export function appLink(publicUrl: string, path: string, params: Record<string, string> = {}): string {
  const url = new URL(publicUrl + path);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url.toString();
}
