import type { SearchDocument } from '../search.types';

/**
 * What the columns hold of a document, as plain values: the snapshot stores these rows beside each document's JSON
 * text, so a start fills the columns without parsing the documents.
 */
export type DocRow = [
  id: string,
  key: string,
  kind: 0 | 1,
  industry: string,
  region: string | null,
  orgKind: string | null,
  status: string,
  orgId: string | null,
  modes: string[],
  trl: number,
  price: number | null,
  priceKey: number | null,
  published: number,
  confidential: 0 | 1,
];

/** The row of a document (NaN prices travel as null, so a row survives JSON). */
export function rowOf(doc: SearchDocument): DocRow {
  const trl = doc.kind === 'NEED' ? doc.minTrl : doc.trl;
  const key = doc.kind === 'ACHIEVEMENT' ? doc.priceWan : doc.budgetWan;
  const time = Date.parse(doc.publishedAt);
  return [
    doc.id,
    doc.key,
    doc.kind === 'NEED' ? 1 : 0,
    doc.industry,
    doc.region || null,
    doc.orgKind && !doc.confidential ? doc.orgKind : null,
    doc.status,
    doc.orgId || null,
    doc.cooperationModes ?? [],
    trl && trl >= 1 && trl <= 9 ? trl : 0,
    doc.kind === 'ACHIEVEMENT' && typeof doc.priceWan === 'number' ? doc.priceWan : null,
    typeof key === 'number' ? key : null,
    Number.isFinite(time) ? time : 0,
    doc.confidential ? 1 : 0,
  ];
}

/** Documents' JSON texts as UTF-8: text `i` is `bytes[offsets[i] .. offsets[i + 1])`. */
export interface StoredTexts {
  bytes: Buffer;
  offsets: Int32Array;
}
