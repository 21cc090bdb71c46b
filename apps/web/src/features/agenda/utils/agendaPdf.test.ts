import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { buildAgendaPdf } from './agendaPdf';

const FONT = readFileSync(join(__dirname, '../assets/NotoSansSC-GB2312.ttf'));

async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number; fonts: number }> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, verbosity: 0 }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    parts.push(content.items.map((it) => ('str' in it ? it.str : '')).join('\n'));
  }
  return { text: parts.join('\n'), pages: pdf.numPages, fonts: 1 };
}

const labels = {
  agenda: '个人日程',
  time: '时间',
  table: '桌号',
  counterpart: '洽谈对象',
  roadshows: '成果路演',
  noMeetings: '暂无洽谈',
  checkIn: '签到二维码',
  venue: '地点',
  date: '日期',
};

describe('agenda PDF', () => {
  it('embeds the Chinese text and parses back with the participant, counterpart and table', async () => {
    const qrPng = new Uint8Array(
      await QRCode.toBuffer('https://xiushui.example/events/e/check-in?participant=p', { width: 200 }),
    );
    const bytes = await buildAgendaPdf({
      font: FONT,
      title: '2026 秀水红色产学研对接会',
      participant: '嘉兴凯途汽车电子有限公司',
      date: '2026-06-18',
      venue: '嘉兴科技城会议中心',
      meetings: [
        { start: '09:20', end: '09:40', table: '3号桌', counterpart: '北京理工大学长三角研究院' },
        { start: '10:20', end: '10:40', table: '1号桌', counterpart: '嘉兴南湖学院' },
      ],
      roadshows: [{ start: '08:30', end: '09:00', speaker: '浙江大学 王教授', title: 'TOPCon 电池效率提升' }],
      qrPng,
      labels,
    });
    const { text } = await pdfText(bytes);
    expect(text).toContain('嘉兴凯途汽车电子有限公司');
    expect(text).toContain('3号桌');
    expect(text).toContain('北京理工大学长三角研究院');
    expect(text).toContain('09:20–09:40');
    expect(text).toContain('TOPCon 电池效率提升');
    // a subset, not the 2.3 MB font
    expect(bytes.length).toBeLessThan(200_000);
  });

  it('says so when there is no meeting and flows long lists onto more pages', async () => {
    const empty = await pdfText(
      await buildAgendaPdf({
        font: FONT,
        title: '对接会',
        participant: '某单位',
        date: '2026-06-18',
        venue: '',
        meetings: [],
        roadshows: [],
        labels,
      }),
    );
    expect(empty.text).toContain('暂无洽谈');
    const many = Array.from({ length: 60 }, (_, i) => ({
      start: '09:00',
      end: '09:20',
      table: `${i + 1}号桌`,
      counterpart: '长三角（嘉兴）纳米应用技术研究院',
    }));
    const long = await pdfText(
      await buildAgendaPdf({
        font: FONT,
        title: '对接会',
        participant: '某单位',
        date: '2026-06-18',
        venue: '',
        meetings: many,
        roadshows: [],
        labels,
      }),
    );
    expect(long.pages).toBeGreaterThan(1);
    expect(long.text).toContain('60号桌');
  });
});

describe('the shipped CJK font', () => {
  it('covers the characters of names and labels', () => {
    const font = fontkit.create(FONT);
    for (const ch of '嘉兴秀水科创联盟高新区产学研对接会洽谈桌号签到二维码凯途汽车电子有限公司理工大学长三角研究院0123456789：–（）') {
      expect(font.hasGlyphForCodePoint(ch.codePointAt(0) as number), ch).toBe(true);
    }
  });

  it('has even-length glyph records, or fontkit’s short loca offsets garble every glyph after an odd one', () => {
    const font = fontkit.create(FONT) as unknown as { loca: { offsets: number[] } };
    const offsets = font.loca.offsets;
    const odd = offsets.slice(1).filter((o, i) => (o - offsets[i]) % 2 !== 0).length;
    expect(offsets.length).toBeGreaterThan(7000);
    expect(odd).toBe(0);
  });
});
