import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { type Cursor, decodeCursor, invalidCursor, MAX_PAGE_SIZE, Page } from '@app/core';

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `At most ${MAX_PAGE_SIZE}` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 20;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  after?: string | null;

  cursor(): Cursor | null {
    if (!this.after) return null;
    const cursor = decodeCursor(this.after);
    if (!isRealTimestamp(cursor.v)) throw invalidCursor();
    return cursor;
  }
}

/**
 * A forged cursor can carry a well-formed but impossible time (month 13, 25 o'clock, 31 February) that PostgreSQL
 * would refuse mid-query; the boundary checks that the parts name a real instant.
 */
export function isRealTimestamp(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(value);
  if (!m) return true; // not the timestamp form: left to the cursor's own decoder
  const [y, mo, d, h, mi, sec] = m.slice(1).map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d));
  return (
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d &&
    h < 24 &&
    mi < 60 &&
    sec < 60
  );
}

export interface Connection<N> {
  edges: { cursor: string; node: N }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Relay-style connection type for a node type. */
export function ConnectionType<N>(node: Type<N>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field() cursor: string;
    @Field(() => node) node: N;
  }
  @ObjectType(`${name}Connection`)
  class ConnectionClass implements Connection<N> {
    @Field(() => [Edge]) edges: Edge[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int) totalCount: number;
  }
  return ConnectionClass;
}

export function toConnection<T, N>(page: Page<T>, map: (item: T) => N): Connection<N> {
  return {
    edges: page.items.map((item, i) => ({ cursor: page.cursors[i], node: map(item) })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    totalCount: page.totalCount,
  };
}
