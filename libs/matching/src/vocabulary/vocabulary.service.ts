import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import {
  APP_CONFIG,
  type Actor,
  type AppConfig,
  type Industry,
  badInput,
  bilingual,
  forbidden,
  isAlliance,
  notFound,
  PeriodicTask,
  staleVersion,
} from '@app/core';
import { Database, Mutex, appendAudit, diff } from '@app/database';
import { SearchEngine } from '@app/search';
import {
  type VocabularyKind,
  type VocabularyOverlay,
  applyVocabularyOverlay,
  currentOverlay,
  normalizeMember,
  shippedGroupId,
  shippedVocabulary,
} from '@app/text-analysis';
import { MatchingService } from '../matching.service';
import { type GroupInput, cleanGroupInput } from './group-input';
import { type AllianceGroupRow, VocabularyRepository } from './vocabulary.repository';

export type VocabularySource = 'SHIPPED' | 'ALLIANCE';

/** One group as the coordinators' list shows it. */
export interface VocabularyGroupView {
  id: string;
  terms: readonly string[];
  kind: VocabularyKind;
  industry: `${Industry}` | null;
  source: VocabularySource;
  /** Shipped: `file:line`. */
  origin: string | null;
  /** One-way groups (shipped only): the members that expand. */
  oneWayFrom: readonly string[] | null;
  enabled: boolean;
  /** Alliance groups: the version an edit must name. */
  version: number | null;
  updatedAt: Date | null;
}

export interface VocabularyFilter {
  /** Part of a member, compared as the analysis sees it (traditional, width, case). */
  text?: string;
  source?: VocabularySource;
  kind?: VocabularyKind;
  industry?: `${Industry}`;
}

export const MAX_VOCABULARY_PAGE = 200;
const ENTITY = 'VOCABULARY_GROUP';

/**
 * The alliance's run-time vocabulary: its own groups and the shipped groups it turned off, over the shipped files.
 * Every change is written with audit and a new `vocabulary_state.version` in one transaction, then applied in this
 * process (thesaurus, segmenter, matching's analysed listings, the search engine). Other processes poll the
 * version (every SEARCH_RELAY_POLL_MS) and apply it too.
 */
@Injectable()
export class VocabularyService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(VocabularyService.name);
  private readonly applying = new Mutex();
  private appliedVersion = -1;
  private task: PeriodicTask | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Database,
    private readonly repo: VocabularyRepository,
    private readonly engine: SearchEngine,
    private readonly matching: MatchingService,
  ) {}

  /** Before the search index is built at bootstrap, so it is built with the alliance's vocabulary. */
  async onModuleInit(): Promise<void> {
    await this.applyNow();
    const every = this.config.searchRelayPollMs;
    if (every > 0)
      this.task = new PeriodicTask(
        'Vocabulary reload',
        Math.max(every, 1000),
        () => this.refresh(),
        this.logger,
      ).start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.task?.stop();
  }

  /** Applies the database's vocabulary when its version moved since this process last applied it. */
  refresh(): Promise<void> {
    return this.applying.run(async () => {
      const { version, overlay } = await this.db.read(async (em) => {
        const at = await this.repo.version(em);
        const groups = await this.repo.groups(em);
        return {
          version: at,
          overlay: { disabledShipped: await this.repo.disabledIds(em), groups } satisfies VocabularyOverlay,
        };
      });
      if (version === this.appliedVersion) return;
      const before = currentOverlay();
      if (
        this.appliedVersion < 0 &&
        !overlay.groups.length &&
        !overlay.disabledShipped.length &&
        !before.groups.length &&
        !before.disabledShipped.length
      ) {
        this.appliedVersion = version; // nothing to change at start
        return;
      }
      const change = applyVocabularyOverlay(overlay);
      this.matching.vocabularyChanged();
      await this.engine.applyVocabulary(change);
      this.appliedVersion = version;
      this.logger.log(
        `Vocabulary version ${version} applied (${overlay.groups.length} alliance groups, ${change.changedTerms.length} dictionary terms changed)`,
      );
    });
  }

  /** After this process's own write: a failure (Meilisearch unreachable) is retried by the next poll. */
  private async applyNow(): Promise<void> {
    await this.refresh().catch((error: Error) =>
      this.logger.warn(`Vocabulary change saved but not applied yet: ${error.message}`),
    );
  }

  async list(
    actor: Actor,
    filter: VocabularyFilter,
    offset: number,
    first: number,
  ): Promise<{ total: number; items: VocabularyGroupView[] }> {
    this.requireAlliance(actor);
    const { groups, disabled } = await this.db.read(async (em) => ({
      groups: await this.repo.groups(em),
      disabled: new Set(await this.repo.disabledIds(em)),
    }));
    const views = [...groups.map(allianceView), ...this.shippedViews(disabled)];
    const needle = filter.text?.trim() ? normalizeMember(filter.text) : '';
    const matching = views.filter(
      (v) =>
        (!filter.source || v.source === filter.source) &&
        (!filter.kind || v.kind === filter.kind) &&
        (!filter.industry || v.industry === filter.industry) &&
        (!needle || v.terms.some((t) => normalizeMember(t).includes(needle))),
    );
    const from = Math.max(0, offset);
    return {
      total: matching.length,
      items: matching.slice(from, from + Math.min(Math.max(first, 0), MAX_VOCABULARY_PAGE)),
    };
  }

  async add(actor: Actor, input: GroupInput): Promise<VocabularyGroupView> {
    this.requireAlliance(actor);
    const values = cleanGroupInput(input);
    const row = await this.db.transaction(async (em) => {
      const inserted = await this.repo.insert(em, values, actor.userId);
      await appendAudit(em, {
        actorUserId: actor.userId,
        entityType: ENTITY,
        entityId: inserted.id,
        action: 'CREATE',
        changes: { ...values },
      });
      await this.repo.bump(em);
      return inserted;
    });
    await this.applyNow();
    return allianceView(row);
  }

  async update(actor: Actor, id: string, version: number, input: GroupInput): Promise<VocabularyGroupView> {
    this.requireAlliance(actor);
    const values = cleanGroupInput(input);
    const row = await this.db.transaction(async (em) => {
      const before = await this.repo.find(em, id);
      if (!before) throw this.missing(id);
      const after = await this.repo.update(em, id, version, values);
      if (!after) throw staleVersion('Vocabulary group', id, version, before.version);
      await appendAudit(em, {
        actorUserId: actor.userId,
        entityType: ENTITY,
        entityId: id,
        action: 'UPDATE',
        changes: diff(before, values),
      });
      await this.repo.bump(em);
      return after;
    });
    await this.applyNow();
    return allianceView(row);
  }

  async remove(actor: Actor, id: string): Promise<boolean> {
    this.requireAlliance(actor);
    await this.db.transaction(async (em) => {
      const before = await this.repo.find(em, id);
      if (!before || !(await this.repo.delete(em, id))) throw this.missing(id);
      await appendAudit(em, {
        actorUserId: actor.userId,
        entityType: ENTITY,
        entityId: id,
        action: 'DELETE',
        changes: { terms: before.terms, kind: before.kind, industry: before.industry },
      });
      await this.repo.bump(em);
    });
    await this.applyNow();
    return true;
  }

  /** Turns a shipped group off or on again (the files themselves are never changed at run time). */
  async setShippedEnabled(actor: Actor, id: string, enabled: boolean): Promise<VocabularyGroupView> {
    this.requireAlliance(actor);
    const group = this.shippedViews(new Set()).find((v) => v.id === id);
    if (!group) {
      throw badInput(
        'id',
        bilingual(
          '只能停用或启用随系统发布的词组；联盟自建的词组请直接编辑或删除',
          'Only shipped groups are disabled or enabled; edit or remove the alliance’s own groups',
        ),
      );
    }
    await this.db.transaction(async (em) => {
      if (!(await this.repo.setDisabled(em, id, group.terms, !enabled, actor.userId))) return;
      await appendAudit(em, {
        actorUserId: actor.userId,
        entityType: ENTITY,
        entityId: id,
        action: enabled ? 'ENABLE' : 'DISABLE',
        changes: { terms: group.terms, origin: group.origin },
      });
      await this.repo.bump(em);
    });
    await this.applyNow();
    return { ...group, enabled };
  }

  private shippedViews(disabled: ReadonlySet<string>): VocabularyGroupView[] {
    const seen = new Set<string>();
    const views: VocabularyGroupView[] = [];
    for (const group of shippedVocabulary().groups) {
      const id = shippedGroupId(group);
      if (seen.has(id)) continue; // the same group written twice is one group
      seen.add(id);
      views.push({
        id,
        terms: group.terms,
        kind: group.kind,
        industry: group.industry,
        source: 'SHIPPED',
        origin: group.source,
        oneWayFrom: group.from ?? null,
        enabled: !disabled.has(id),
        version: null,
        updatedAt: null,
      });
    }
    return views;
  }

  private missing(id: string): Error {
    const shipped = this.shippedViews(new Set()).some((v) => v.id === id);
    return shipped
      ? badInput(
          'id',
          bilingual(
            '随系统发布的词组不能修改或删除，只能停用',
            'Shipped groups cannot be edited or removed, only disabled',
          ),
        )
      : notFound('Vocabulary group', id);
  }

  private requireAlliance(actor: Actor): void {
    if (!isAlliance(actor))
      throw forbidden(
        bilingual('只有联盟协调员和管理员可以维护词表', 'Only coordinators and administrators maintain the vocabulary'),
      );
  }
}

function allianceView(row: AllianceGroupRow): VocabularyGroupView {
  return {
    id: row.id,
    terms: row.terms,
    kind: row.kind,
    industry: row.industry,
    source: 'ALLIANCE',
    origin: null,
    oneWayFrom: null,
    enabled: true,
    version: row.version,
    updatedAt: row.updatedAt,
  };
}
