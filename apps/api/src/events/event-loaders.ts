import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Actor } from '@app/core';
import { BoardService, EventSlotEntity, EventTableEntity, ParticipantEntity, ParticipantListings } from '@app/events';
import type { RequestContext } from '../graphql/context';

export interface EventLoaders {
  participant: DataLoader<string, ParticipantEntity | null>;
  slot: DataLoader<string, EventSlotEntity | null>;
  table: DataLoader<string, EventTableEntity | null>;
  /** Meeting request id → its two sides' participant ids. */
  parties: DataLoader<string, [string, string] | null>;
  /** Organisation id → its listings, as the caller may see them. */
  listings: DataLoader<string, ParticipantListings>;
}

/** The board's request-scoped DataLoaders, made on first use and kept with the request (no N+1 per field). */
@Injectable()
export class EventLoaderFactory {
  private readonly perRequest = new WeakMap<object, EventLoaders>();

  constructor(private readonly board: BoardService) {}

  of(ctx: RequestContext, actor: Actor): EventLoaders {
    const existing = this.perRequest.get(ctx.req);
    if (existing) return existing;
    const loaders: EventLoaders = {
      participant: new DataLoader((ids) => this.board.participants(ids)),
      slot: new DataLoader((ids) => this.board.slots(ids)),
      table: new DataLoader((ids) => this.board.tables(ids)),
      parties: new DataLoader((ids) => this.board.parties(ids)),
      listings: new DataLoader((orgIds) => this.board.listings(actor, orgIds)),
    };
    this.perRequest.set(ctx.req, loaders);
    return loaders;
  }
}
