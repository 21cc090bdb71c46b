import { Injectable } from '@nestjs/common';
import { Actor, bilingual, forbidden, Role } from '@app/core';
import { Database } from '@app/database';
import { ReindexProgress, SearchEngine, SearchHealth } from '@app/search';
import { SearchSyncRelay } from './search-sync.relay';
import { DeadLetterRow, OutboxRepository } from './outbox.repository';

export interface SearchIndexStatus {
  health: SearchHealth;
  pending: number;
  deadLetters: number;
}

/** Administration of the search index: status, dead letters, rebuild. */
@Injectable()
export class SearchIndexService {
  constructor(
    private readonly db: Database,
    private readonly engine: SearchEngine,
    private readonly outbox: OutboxRepository,
    private readonly relay: SearchSyncRelay,
  ) {}

  async status(actor: Actor): Promise<SearchIndexStatus> {
    this.requireAdmin(actor);
    const health = await this.engine
      .health()
      .catch((error: Error) => ({ ok: false, engine: this.engine.name, detail: error.message }));
    const [pending, dead] = await this.db.read(async (em) => [
      await this.outbox.pending(em),
      (await em.query(`SELECT count(*) AS c FROM search_dead_letters`))[0].c,
    ]);
    return { health, pending, deadLetters: Number(dead) };
  }

  deadLetters(actor: Actor, limit = 100): Promise<DeadLetterRow[]> {
    this.requireAdmin(actor);
    return this.db.read((em) => this.outbox.listDeadLetters(em, limit));
  }

  requeueDeadLetters(actor: Actor): Promise<number> {
    this.requireAdmin(actor);
    return this.db.transaction((em) => this.outbox.requeueDeadLetters(em));
  }

  /**
   * Builds a fresh index from the database and swaps it in; searches keep working meanwhile. Changes made during
   * the rebuild (by any process) are replayed from the change log, then the outbox is drained.
   */
  async reindex(onProgress?: (p: ReindexProgress) => void): Promise<number> {
    const indexed = await this.relay.rebuild(onProgress);
    await this.relay.drain();
    return indexed;
  }

  private requireAdmin(actor: Actor): void {
    if (actor.role !== Role.ADMIN && actor.role !== Role.COORDINATOR)
      throw forbidden(bilingual('只有联盟可以查看搜索索引', 'Only the alliance sees the search index'));
  }
}
