import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EntityManager } from 'typeorm';
import { AchievementStatus, fieldProblems, isValidUscc, NeedStatus, OrganizationKind } from '@app/core';
import { appendAudit, Database, enqueueSearchSync } from '@app/database';
import { OrganizationRepository } from '@app/identity';
import { addYears } from '../domain/dates';
import { today } from '../domain/visibility';
import { AchievementRepository } from '../repositories/achievement.repository';
import { NeedRepository } from '../repositories/need.repository';
import { AchievementRecord, NeedRecord, OrganizationRecord } from './records';
import { ownershipProblems } from './ownership';
import { upsertRows, UpsertCounts } from './upsert';

export interface ImportProblem {
  file: string;
  record: string;
  field: string;
  message: string;
}

export interface ImportReport {
  ok: boolean;
  problems: ImportProblem[];
  organizations: UpsertCounts;
  achievements: UpsertCounts;
  needs: UpsertCounts;
}

export type ImportProgress = (stage: string, done: number, total: number) => void;

type RecordClass = typeof OrganizationRecord | typeof AchievementRecord | typeof NeedRecord;

const FILES: [string, RecordClass][] = [
  ['organizations.json', OrganizationRecord],
  ['achievements.json', AchievementRecord],
  ['needs.json', NeedRecord],
];

/**
 * Imports organisations, achievements and needs, upserting by key (a listing's within its organisation). Everything is
 * validated first; one bad record means nothing is written and every problem is reported. A listing's key held by
 * another organisation is refused: an import never moves a listing.
 */
@Injectable()
export class CatalogImporter {
  constructor(
    private readonly db: Database,
    private readonly orgs: OrganizationRepository,
    private readonly achievements: AchievementRepository,
    private readonly needs: NeedRepository,
  ) {}

  async importDir(
    dir: string,
    actorUserId: string | null = null,
    progress: ImportProgress = () => undefined,
  ): Promise<ImportReport> {
    const problems: ImportProblem[] = [];
    const parsed: Record<string, object[]> = {};
    for (const [file, cls] of FILES) {
      parsed[file] = await this.readAndValidate(dir, file, cls, problems, progress);
    }
    const orgRecords = parsed['organizations.json'] as OrganizationRecord[];
    const achRecords = parsed['achievements.json'] as AchievementRecord[];
    const needRecords = parsed['needs.json'] as NeedRecord[];
    this.checkCrossReferences(orgRecords, achRecords, needRecords, problems);
    const empty = { created: 0, updated: 0, unchanged: 0 };
    if (problems.length) return { ok: false, problems, organizations: empty, achievements: empty, needs: empty };
    return this.db.transaction(async (em) => {
      const unknownOrgs = await this.resolveOrgKeys(em, orgRecords, achRecords, needRecords, problems);
      if (unknownOrgs) return { ok: false, problems, organizations: empty, achievements: empty, needs: empty };
      problems.push(...(await this.foreignKeys(em, achRecords, needRecords)));
      if (problems.length) return { ok: false, problems, organizations: empty, achievements: empty, needs: empty };
      const organizations = await upsertRows(
        em,
        this.orgs,
        orgRecords,
        (r) => ({
          key: r.key,
          name: r.name,
          kind: r.kind as OrganizationKind,
          region: r.region,
          creditCode: r.creditCode ?? null,
        }),
        null,
        progress,
        'organizations',
      );
      const orgIds = new Map(
        (await this.orgs.findByKeys(em, [...new Set([...achRecords, ...needRecords].map((r) => r.orgKey))])).map(
          (o) => [o.key as string, o.id],
        ),
      );
      const validFrom = today();
      const achievements = await upsertRows(
        em,
        this.achievements,
        achRecords,
        (r) => ({
          key: r.key,
          orgId: orgIds.get(r.orgKey) as string,
          title: r.title,
          summary: r.summary,
          industry: r.industry,
          keywords: r.keywords,
          trl: r.trl,
          ip: r.ip.map((i) => ({ type: i.type, number: i.number })),
          cooperationModes: r.cooperationModes,
          askingPriceWan: r.askingPriceWan,
          team: r.team,
          contact: r.contact ?? '',
          status: AchievementStatus.PUBLISHED,
          publishedAt: r.publishedAt,
          // The validity year starts when the listing enters the platform, unless the file says otherwise.
          validUntil: r.validUntil ?? addYears(validFrom, 1),
        }),
        (r) => (r.validUntil ? [] : ['validUntil', 'status']),
        progress,
        'achievements',
        (r) => orgIds.get(r.orgKey) as string,
      );
      const needs = await upsertRows(
        em,
        this.needs,
        needRecords,
        (r) => ({
          key: r.key,
          orgId: orgIds.get(r.orgKey) as string,
          title: r.title,
          description: r.description,
          industry: r.industry,
          keywords: r.keywords,
          minTrl: r.minTrl,
          budgetWan: r.budgetWan,
          cooperationModes: r.cooperationModes,
          deadline: r.deadline,
          confidential: r.confidential,
          contact: r.contact ?? '',
          status: NeedStatus.OPEN,
        }),
        () => ['status'],
        progress,
        'needs',
        (r) => orgIds.get(r.orgKey) as string,
      );
      for (const [type, ids] of [
        ['ACHIEVEMENT', achievements.changedIds],
        ['NEED', needs.changedIds],
      ] as const) {
        for (const id of ids) await enqueueSearchSync(em, type, id);
      }
      const counts = { organizations: organizations.counts, achievements: achievements.counts, needs: needs.counts };
      await appendAudit(em, {
        actorUserId,
        entityType: 'IMPORT',
        entityId: '00000000-0000-0000-0000-000000000000',
        action: 'IMPORT',
        changes: { dir, ...counts },
      });
      return { ok: true, problems: [], ...counts };
    });
  }

  private async readAndValidate(
    dir: string,
    file: string,
    cls: RecordClass,
    problems: ImportProblem[],
    progress: ImportProgress,
  ): Promise<object[]> {
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(join(dir, file), 'utf8'));
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      if (missing && file === 'organizations.json') return [];
      problems.push({
        file,
        record: '-',
        field: '-',
        message: missing ? 'file not found' : `not valid JSON: ${(error as Error).message}`,
      });
      return [];
    }
    if (!Array.isArray(raw)) {
      problems.push({ file, record: '-', field: '-', message: 'must be a JSON array' });
      return [];
    }
    const records: object[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < raw.length; i++) {
      const item: unknown = raw[i];
      const label =
        item && typeof item === 'object' && typeof (item as { key?: unknown }).key === 'string'
          ? `${(item as { key: string }).key} (#${i})`
          : `#${i}`;
      if (!item || typeof item !== 'object') {
        problems.push({ file, record: label, field: '-', message: 'must be an object' });
        continue;
      }
      const record = plainToInstance(cls as new () => object, item);
      for (const p of fieldProblems(await validate(record, { forbidUnknownValues: true })))
        problems.push({ file, record: label, ...p });
      const key = (record as { key?: string }).key;
      if (key && seen.has(key))
        problems.push({ file, record: label, field: 'key', message: `duplicate key ${key} in this file` });
      if (key) seen.add(key);
      if (record instanceof OrganizationRecord && record.creditCode && !isValidUscc(record.creditCode)) {
        problems.push({
          file,
          record: label,
          field: 'creditCode',
          message: 'creditCode is not a valid 统一社会信用代码',
        });
      }
      records.push(record);
      if ((i + 1) % 1000 === 0) progress(`validate ${file}`, i + 1, raw.length);
    }
    return records;
  }

  private checkCrossReferences(
    orgs: OrganizationRecord[],
    achievements: AchievementRecord[],
    needs: NeedRecord[],
    problems: ImportProblem[],
  ): void {
    const kinds = new Map(orgs.map((o) => [o.key, o.kind]));
    const check = (file: string, r: { key: string; orgKey: string }, index: number, kind: string) => {
      const found = kinds.get(r.orgKey);
      if (found && found !== kind)
        problems.push({
          file,
          record: `${r.key} (#${index})`,
          field: 'orgKey',
          message: `orgKey ${r.orgKey} is a ${found}, expected ${kind}`,
        });
    };
    achievements.forEach((r, i) => check('achievements.json', r, i, 'UNIVERSITY'));
    needs.forEach((r, i) => check('needs.json', r, i, 'ENTERPRISE'));
  }

  /** Records whose key names another organisation's listing, checked before anything is written. */
  private async foreignKeys(
    em: EntityManager,
    achievements: AchievementRecord[],
    needs: NeedRecord[],
  ): Promise<ImportProblem[]> {
    const orgIds = new Map(
      (await this.orgs.findByKeys(em, [...new Set([...achievements, ...needs].map((r) => r.orgKey))])).map((o) => [
        o.key as string,
        o.id,
      ]),
    );
    const target = (orgKey: string) => orgIds.get(orgKey) ?? null;
    const rows = async <T>(find: (keys: string[]) => Promise<T[]>, keys: string[]) => {
      const out: T[] = [];
      for (let i = 0; i < keys.length; i += 500) out.push(...(await find(keys.slice(i, i + 500))));
      return out;
    };
    const achRows = await rows(
      (keys) => this.achievements.findByKeys(em, keys),
      achievements.map((r) => r.key),
    );
    const needRows = await rows(
      (keys) => this.needs.findByKeys(em, keys),
      needs.map((r) => r.key),
    );
    return [
      ...ownershipProblems('achievements.json', achievements, achRows, target),
      ...ownershipProblems('needs.json', needs, needRows, target),
    ];
  }

  /** orgKeys not in the file may name organisations already in the database. */
  private async resolveOrgKeys(
    em: EntityManager,
    orgs: OrganizationRecord[],
    achievements: AchievementRecord[],
    needs: NeedRecord[],
    problems: ImportProblem[],
  ): Promise<boolean> {
    const inFile = new Set(orgs.map((o) => o.key));
    const wanted = [...new Set([...achievements, ...needs].map((r) => r.orgKey).filter((k) => !inFile.has(k)))];
    const existing = new Map((await this.orgs.findByKeys(em, wanted)).map((o) => [o.key, o.kind]));
    const report = (file: string, list: { key: string; orgKey: string }[], kind: OrganizationKind) =>
      list.forEach((r, i) => {
        if (inFile.has(r.orgKey)) return;
        const found = existing.get(r.orgKey);
        if (!found)
          problems.push({
            file,
            record: `${r.key} (#${i})`,
            field: 'orgKey',
            message: `orgKey ${r.orgKey} names no organization`,
          });
        else if (found !== kind)
          problems.push({
            file,
            record: `${r.key} (#${i})`,
            field: 'orgKey',
            message: `orgKey ${r.orgKey} is a ${found}, expected ${kind}`,
          });
      });
    report('achievements.json', achievements, OrganizationKind.UNIVERSITY);
    report('needs.json', needs, OrganizationKind.ENTERPRISE);
    return problems.length > 0;
  }
}
