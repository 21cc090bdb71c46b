import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

export interface AgendaPdfInput {
  /** A TrueType font with the CJK glyphs (subset into the PDF: only the characters used are embedded) */
  font: Uint8Array | ArrayBuffer;
  title: string;
  participant: string;
  date: string;
  venue: string;
  meetings: { start: string; end: string; table: string; counterpart: string }[];
  roadshows: { start: string; end: string; speaker: string; title: string }[];
  /** PNG bytes of the check-in QR code */
  qrPng?: Uint8Array;
  labels: {
    agenda: string;
    time: string;
    table: string;
    counterpart: string;
    roadshows: string;
    noMeetings: string;
    checkIn: string;
    venue: string;
    date: string;
  };
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 48;

/** Cuts text into lines no wider than `width` (CJK breaks anywhere; enough for names and titles). */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line && font.widthOfTextAtSize(line + ch, size) > width) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** A participant's agenda as an A4 PDF with an embedded CJK font subset and the check-in QR code. */
export async function buildAgendaPdf(input: AgendaPdfInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(`${input.title} · ${input.participant}`);
  doc.setLanguage('zh-CN');
  const font = await doc.embedFont(input.font, { subset: true });
  let page: PDFPage = doc.addPage(A4);
  let y = A4[1] - MARGIN;
  const width = A4[0] - 2 * MARGIN;
  const draw = (s: string, x: number, size: number) =>
    page.drawText(s, { x, y, size, font, color: rgb(0.1, 0.1, 0.1) });
  const ensure = (h: number) => {
    if (y - h < MARGIN) {
      page = doc.addPage(A4);
      y = A4[1] - MARGIN;
    }
  };
  const para = (s: string, size: number, w = width) => {
    for (const l of wrap(s, font, size, w)) {
      ensure(size + 6);
      draw(l, MARGIN, size);
      y -= size + 6;
    }
  };

  if (input.qrPng) {
    const qr = await doc.embedPng(input.qrPng);
    page.drawImage(qr, { x: A4[0] - MARGIN - 110, y: A4[1] - MARGIN - 110, width: 110, height: 110 });
    page.drawText(input.labels.checkIn, {
      x: A4[0] - MARGIN - 110,
      y: A4[1] - MARGIN - 126,
      size: 9,
      font,
      color: rgb(0.35, 0.35, 0.35),
    });
  }
  const head = width - (input.qrPng ? 130 : 0);
  para(input.title, 18, head);
  para(`${input.labels.agenda}：${input.participant}`, 14, head);
  para(`${input.labels.date}：${input.date}    ${input.labels.venue}：${input.venue || '—'}`, 11, head);
  if (input.qrPng) y = Math.min(y, A4[1] - MARGIN - 140);

  const cols = [MARGIN, MARGIN + 110, MARGIN + 200];
  ensure(30);
  draw(input.labels.time, cols[0], 11);
  draw(input.labels.table, cols[1], 11);
  draw(input.labels.counterpart, cols[2], 11);
  y -= 8;
  page.drawLine({ start: { x: MARGIN, y }, end: { x: A4[0] - MARGIN, y }, thickness: 0.8, color: rgb(0.6, 0.6, 0.6) });
  y -= 16;
  if (input.meetings.length === 0) para(input.labels.noMeetings, 11);
  for (const m of input.meetings) {
    const names = wrap(m.counterpart, font, 12, A4[0] - MARGIN - cols[2]);
    ensure(names.length * 18 + 6);
    draw(`${m.start}–${m.end}`, cols[0], 12);
    draw(m.table, cols[1], 12);
    for (const [i, l] of names.entries()) page.drawText(l, { x: cols[2], y: y - i * 18, size: 12, font });
    y -= names.length * 18 + 6;
  }
  if (input.roadshows.length) {
    y -= 12;
    ensure(30);
    para(input.labels.roadshows, 13);
    for (const r of input.roadshows) para(`${r.start}–${r.end}  ${r.speaker}${r.title ? `：${r.title}` : ''}`, 11);
  }
  return doc.save();
}
