import { MailKind } from '../mail.types';
import { appLink, renderMail } from './render';

describe('renderMail', () => {
  const reset = { kind: MailKind.PASSWORD_RESET, link: 'https://w.cn/reset-password?token=abc', minutes: 30 } as const;

  it.each([
    ['zh-CN', '重置您的密码', '王老师，您好：'],
    ['en-US', 'Reset your password', 'Dear 王老师,'],
  ] as const)('%s: subject, greeting, link in both parts', (locale, subject, greeting) => {
    const mail = renderMail(reset, locale, '王老师');
    expect(mail.subject).toBe(subject);
    expect(mail.text.startsWith(greeting)).toBe(true);
    expect(mail.text).toContain(reset.link);
    expect(mail.html).toContain(`href="${reset.link}"`);
  });

  it('escapes what people typed and loads nothing remote', () => {
    const mail = renderMail(
      { kind: MailKind.REGISTRATION_REJECTED, orgName: '<b>A&B</b>', reason: '"x" <script>' },
      'zh-CN',
      'x',
    );
    expect(mail.html).toContain('&lt;b&gt;A&amp;B&lt;/b&gt;');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toMatch(/<img|src=|url\(/i);
  });

  it('every notice kind has a subject in both languages', () => {
    for (const kind of [
      MailKind.MATCH_REQUEST_RECEIVED,
      MailKind.MATCH_REQUEST_ANSWERED,
      MailKind.MATCH_REQUEST_EXPIRING,
      MailKind.MATCH_REQUEST_EXPIRED,
      MailKind.MATCH_STAGE_CHANGED,
      MailKind.LISTING_EXPIRING,
    ] as const) {
      for (const locale of ['zh-CN', 'en-US'] as const)
        expect(
          renderMail({ kind, summary: { 'zh-CN': 's', en: 's' }, link: 'https://w.cn/x' }, locale, 'n').subject,
        ).toMatch(/\S/);
    }
  });

  it.each([
    ['zh-CN', '对接请求已接受', 'Match request accepted'],
    ['en-US', 'Match request accepted', '对接请求已接受'],
  ] as const)('%s: a notice sentence in the reader language, never the other', (locale, wanted, other) => {
    const mail = renderMail(
      {
        kind: MailKind.MATCH_REQUEST_ANSWERED,
        summary: { 'zh-CN': '对接请求已接受', en: 'Match request accepted' },
        link: 'https://w.cn/x',
      },
      locale,
      'n',
    );
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain(wanted);
      expect(part).not.toContain(other);
    }
  });

  it('links start with PUBLIC_URL and carry secrets as the token parameter', () => {
    expect(appLink('https://match.xiushui.cn', '/invite', { token: 'a+b/c' })).toBe(
      'https://match.xiushui.cn/invite?token=a%2Bb%2Fc',
    );
  });
});
