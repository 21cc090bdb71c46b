import { open, readFile, rename, rm } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { TimeSlice, yieldToEventLoop } from '@app/core';
import type { DocRow, StoredTexts } from './doc-table';
import type { EmbeddedIndex } from './embedded-index';
import { FIELD_NAMES, type FieldName } from './scorer';

/**
 * The embedded index on disk: the documents and every field's postings and lengths, so a start loads it instead
 * of analysing every listing again. Layout: magic, header length, header JSON, body. The header names the
 * format, the analysis fingerprint, the change position the index covers, the body's sections and its CRC-32;
 * anything that does not match makes the file unusable (the caller rebuilds), never half-loaded. Documents are
 * stored twice over: their column rows (one small JSON array, which a start parses) and their JSON texts with
 * byte offsets, which a start keeps as UTF-8 (a document is parsed when it is read: at 100k listings parsing them
 * all cost ~0.4 s and ~137 MB of heap).
 */
const MAGIC = Buffer.from('XSIDX\n');
/** Bump when the body layout or what a document stores changes. */
export const SNAPSHOT_FORMAT = 3;
/** Strings joined (rows: a tenth of it) between yields while a snapshot is taken. */
const CHUNK = 20_000;
/** The longest the walk over documents and postings runs between pauses. */
const SLICE_MS = 8;
/** Bytes checksummed between yields (~4 ms each). */
const CRC_SLICE = 8 << 20;

interface FieldHeader {
  terms: number;
  entries: number;
}

interface SnapshotHeader {
  format: number;
  fingerprint: string;
  position: string;
  savedAt: string;
  documents: number;
  rowsBytes: number;
  docsBytes: number;
  termsBytes: Record<FieldName, number>;
  fields: Record<FieldName, FieldHeader>;
  crc32: number;
}

export type SnapshotLoad =
  | {
      ok: true;
      position: string;
      savedAt: string;
      documents: number;
      docs: { rows: DocRow[]; texts: StoredTexts };
      fields: Record<FieldName, { terms: Map<string, number[] | Int32Array>; lengths: Float32Array }>;
    }
  | { ok: false; reason: 'missing' | 'stale' | 'corrupt'; detail: string };

/**
 * A growable list of int32 in 4 MB blocks (a number[] of 20 M entries would cost twice the memory while saving, and
 * one doubling array copies up to hundreds of MB at once, holding the event loop).
 */
class IntBuffer {
  private static readonly BLOCK = 1 << 20;
  private readonly blocks: Int32Array[] = [];
  private block = new Int32Array(IntBuffer.BLOCK);
  private used = 0;
  length = 0;
  push(value: number): void {
    if (this.used === IntBuffer.BLOCK) {
      this.blocks.push(this.block);
      this.block = new Int32Array(IntBuffer.BLOCK);
      this.used = 0;
    }
    this.block[this.used++] = value;
    this.length++;
  }
  /** The bytes, block by block, to be written one after the other. */
  bytes(): Buffer[] {
    return [
      ...this.blocks.map((b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength)),
      Buffer.from(this.block.buffer, 0, this.used * 4),
    ];
  }
}

/**
 * Writes `index` to `file` atomically (a temporary file, fsync, rename). Reads the index in chunks with slots
 * pinned, yielding between them, so searches and writes go on meanwhile; what it stores is the index as it was
 * when the call began (documents added later have higher slots and are left out, removed ones are kept).
 * Returns the bytes written.
 */
export async function writeSnapshot(
  index: EmbeddedIndex,
  file: string,
  position: string,
  fingerprint: string,
): Promise<number> {
  return index.pinSlots(async () => {
    const slice = new TimeSlice(SLICE_MS);
    const size = index.table.size;
    const table = index.table.freeze(size);
    const remap = new Int32Array(size).fill(-1);
    let live = 0;
    for (let slot = 0; slot < size; slot++) if (table.alive[slot]) remap[slot] = live++;
    const lengths = {} as Record<FieldName, Float32Array>;
    for (const name of FIELD_NAMES) {
      const source = index.fieldIndexes[name].lengths;
      const copy = new Float32Array(live);
      for (let slot = 0; slot < size; slot++) if (remap[slot] >= 0) copy[remap[slot]] = source[slot];
      lengths[name] = copy;
    }

    const rows: DocRow[] = [];
    const texts: Buffer[] = [];
    const offsets = new Int32Array(live + 1);
    for (let slot = 0, i = 0; slot < size; slot++) {
      if (remap[slot] < 0) continue;
      rows.push(table.row(slot));
      const text = table.utf8(slot);
      texts.push(text);
      offsets[i + 1] = offsets[i] + text.length;
      i++;
      if (slice.due()) await slice.pause();
    }
    const rowsBuffer = await jsonArray(rows);
    const docsBytes = offsets[live];

    const sections: Buffer[] = [
      rowsBuffer,
      pad(rowsBuffer.length),
      Buffer.from(offsets.buffer),
      ...texts,
      pad(docsBytes),
    ];
    const termsBytes = {} as Record<FieldName, number>;
    const fields = {} as Record<FieldName, FieldHeader>;
    for (const name of FIELD_NAMES) {
      const postings = index.fieldIndexes[name].terms;
      const kept: string[] = [];
      const counts = new IntBuffer();
      const entries = new IntBuffer();
      // Map iteration is live: terms added meanwhile come last and hold only later slots (left out below), so
      // walking it with pauses stores what the call began with, without first copying a million keys at once.
      for (const [term, posting] of postings) {
        let n = 0;
        for (const entry of posting.entries) {
          const slot = entry >> 4;
          if (slot < size && remap[slot] >= 0) {
            entries.push((remap[slot] << 4) | (entry & 15));
            n++;
          }
        }
        if (n) {
          kept.push(term);
          counts.push(n);
        }
        if (slice.due()) await slice.pause();
      }
      const termsBuffer = await joined(kept, '\u0000');
      termsBytes[name] = termsBuffer.length;
      fields[name] = { terms: kept.length, entries: entries.length };
      sections.push(
        termsBuffer,
        pad(termsBuffer.length),
        ...counts.bytes(),
        ...entries.bytes(),
        Buffer.from(lengths[name].buffer),
      );
      await yieldToEventLoop();
    }

    let checksum = 0;
    let sinceYield = 0;
    for (const section of sections)
      for (let at = 0; at < section.length; at += CRC_SLICE) {
        const slice = section.subarray(at, at + CRC_SLICE);
        checksum = crc32(slice, checksum);
        sinceYield += slice.length;
        if (sinceYield >= CRC_SLICE) {
          sinceYield = 0;
          await yieldToEventLoop();
        }
      }
    const header: SnapshotHeader = {
      format: SNAPSHOT_FORMAT,
      fingerprint,
      position,
      savedAt: new Date().toISOString(),
      documents: live,
      rowsBytes: rowsBuffer.length,
      docsBytes,
      termsBytes,
      fields,
      crc32: checksum,
    };
    const headerBuffer = Buffer.from(JSON.stringify(header));
    const prefix = Buffer.alloc(4);
    prefix.writeUInt32LE(headerBuffer.length);
    // The body starts 4-byte aligned, and the docs section is padded too, so typed arrays can be viewed in place.
    const head = [MAGIC, prefix, headerBuffer, pad(MAGIC.length + 4 + headerBuffer.length)];
    const temp = `${file}.${process.pid}.tmp`;
    const handle = await open(temp, 'w');
    let bytes = 0;
    try {
      // Many small parts (one per document text): written a batch of up to 1,024 parts or 8 MB per call.
      let batch: Buffer[] = [];
      let batchBytes = 0;
      const flush = async (): Promise<void> => {
        for (let done = 0; done < batchBytes;) {
          const { bytesWritten } = await handle.writev(batch);
          done += bytesWritten;
          if (done < batchBytes) batch = [Buffer.concat(batch).subarray(bytesWritten)]; // a short write: the rest
        }
        bytes += batchBytes;
        batch = [];
        batchBytes = 0;
      };
      for (const part of [...head, ...sections]) {
        if (!part.length) continue;
        batch.push(part);
        batchBytes += part.length;
        if (batch.length >= 1024 || batchBytes >= CRC_SLICE) await flush();
      }
      await flush();
      await handle.sync();
    } catch (error) {
      await handle.close();
      await rm(temp, { force: true });
      throw error;
    }
    await handle.close();
    await rename(temp, file);
    return bytes;
  });
}

/** `JSON.stringify(values)` as UTF-8, a few thousand values at a time with pauses between. */
async function jsonArray(values: readonly unknown[]): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (let i = 0; i < values.length; i += CHUNK / 10) {
    parts.push(Buffer.from(JSON.stringify(values.slice(i, i + CHUNK / 10)).slice(1, -1)));
    if (i + CHUNK / 10 < values.length) parts.push(Buffer.from(','));
    await yieldToEventLoop();
  }
  return Buffer.concat([Buffer.from('['), ...parts, Buffer.from(']')]);
}

/** `strings.join(separator)` as UTF-8, in chunks with pauses between. */
async function joined(strings: readonly string[], separator: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (let i = 0; i < strings.length; i += CHUNK) {
    if (i) parts.push(Buffer.from(separator));
    parts.push(Buffer.from(strings.slice(i, i + CHUNK).join(separator)));
    await yieldToEventLoop();
  }
  return Buffer.concat(parts);
}

/** Zero bytes that bring `length` up to a multiple of 4. */
function pad(length: number): Buffer {
  return Buffer.alloc((4 - (length % 4)) % 4);
}

/** Reads a snapshot; a missing, foreign, stale or damaged file is reported, never thrown. */
export async function readSnapshot(file: string, fingerprint: string): Promise<SnapshotLoad> {
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { ok: false, reason: 'missing', detail: 'no index file' };
    return { ok: false, reason: 'corrupt', detail: (error as Error).message };
  }
  try {
    if (!data.subarray(0, MAGIC.length).equals(MAGIC))
      return { ok: false, reason: 'corrupt', detail: 'not an index file' };
    const headerLength = data.readUInt32LE(MAGIC.length);
    const headerEnd = MAGIC.length + 4 + headerLength;
    const header = JSON.parse(data.toString('utf8', MAGIC.length + 4, headerEnd)) as SnapshotHeader;
    if (header.format !== SNAPSHOT_FORMAT)
      return { ok: false, reason: 'stale', detail: `format ${header.format}, expected ${SNAPSHOT_FORMAT}` };
    if (header.fingerprint !== fingerprint)
      return { ok: false, reason: 'stale', detail: 'the text analysis changed since it was written' };
    let body = data.subarray(headerEnd + pad(headerEnd).length);
    if (body.byteOffset % 4 !== 0) {
      // Typed views need 4-byte alignment (Buffer.alloc never hands out a slice of the shared pool).
      const aligned = Buffer.alloc(body.length);
      body.copy(aligned);
      body = aligned;
    }
    if (crc32(body) !== header.crc32) return { ok: false, reason: 'corrupt', detail: 'checksum mismatch' };

    let at = 0;
    const take = (bytes: number): Buffer => {
      if (at + bytes > body.length) throw new Error('truncated');
      const part = body.subarray(at, at + bytes);
      at += bytes;
      return part;
    };
    const rows = JSON.parse(take(header.rowsBytes).toString('utf8')) as DocRow[];
    take(pad(header.rowsBytes).length);
    if (rows.length !== header.documents) throw new Error('document count mismatch');
    // Copied out of the file's buffer, which then goes.
    const offsets = new Int32Array(header.documents + 1);
    offsets.set(int32View(take((header.documents + 1) * 4)));
    const bytes = Buffer.from(take(header.docsBytes));
    take(pad(header.docsBytes).length);
    if (offsets[header.documents] !== bytes.length) throw new Error('document texts do not add up');
    const docs = { rows, texts: { bytes, offsets } };
    const fields = {} as Record<FieldName, { terms: Map<string, number[] | Int32Array>; lengths: Float32Array }>;
    for (const name of FIELD_NAMES) {
      const { terms: termCount, entries: entryCount } = header.fields[name];
      const termsText = take(header.termsBytes[name]).toString('utf8');
      take(pad(header.termsBytes[name]).length);
      const keys = termCount ? termsText.split('\u0000') : [];
      const counts = int32View(take(termCount * 4));
      // Copied out of the file's buffer (which then goes), once per field; postings are views of the copy.
      const entries = new Int32Array(entryCount);
      entries.set(int32View(take(entryCount * 4)));
      const lengths = new Float32Array(rows.length);
      lengths.set(float32View(take(rows.length * 4)));
      if (keys.length !== termCount) throw new Error('term count mismatch');
      const terms = new Map<string, number[] | Int32Array>();
      let offset = 0;
      for (let t = 0; t < termCount; t++) {
        const n = counts[t];
        // Most terms are in one or two listings: a small array costs less than a typed view's header.
        terms.set(
          keys[t],
          n === 1
            ? [entries[offset]]
            : n === 2
              ? [entries[offset], entries[offset + 1]]
              : entries.subarray(offset, offset + n),
        );
        offset += n;
      }
      if (offset !== entryCount) throw new Error('entry count mismatch');
      fields[name] = { terms, lengths };
    }
    return { ok: true, position: header.position, savedAt: header.savedAt, documents: header.documents, docs, fields };
  } catch (error) {
    return { ok: false, reason: 'corrupt', detail: (error as Error).message };
  }
}

function int32View(part: Buffer): Int32Array {
  return new Int32Array(part.buffer, part.byteOffset, part.length / 4);
}

function float32View(part: Buffer): Float32Array {
  return new Float32Array(part.buffer, part.byteOffset, part.length / 4);
}
