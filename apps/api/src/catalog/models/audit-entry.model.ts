import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { AuditTrailRow } from '@app/catalog';

@ObjectType('AuditChange', { description: 'One field of an audited change; values as JSON text' })
export class AuditChangeModel {
  @Field() field: string;
  @Field(() => String, { nullable: true, description: 'JSON; null for a value set on creation' }) from: string | null;
  @Field(() => String, { nullable: true, description: 'JSON' }) to: string | null;
}

@ObjectType('AuditEntry')
export class AuditEntryModel {
  @Field(() => ID) id: string;
  @Field() at: Date;
  @Field({ description: 'CREATE, UPDATE, PUBLISH, WITHDRAW, RENEW …' }) action: string;
  @Field(() => String, { nullable: true, description: 'Display name of the person; null for the system' }) actorName:
    string | null;
  @Field(() => [AuditChangeModel]) changes: AuditChangeModel[];

  static from(row: AuditTrailRow): AuditEntryModel {
    const json = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v));
    const changes = Object.entries(row.changes).map(([field, value]) => {
      const pair =
        value !== null && typeof value === 'object' && 'from' in value && 'to' in value
          ? (value as { from: unknown; to: unknown })
          : null;
      return pair ? { field, from: json(pair.from), to: json(pair.to) } : { field, from: null, to: json(value) };
    });
    return Object.assign(new AuditEntryModel(), {
      id: row.id,
      at: row.at,
      action: row.action,
      actorName: row.actorName,
      changes,
    });
  }
}
