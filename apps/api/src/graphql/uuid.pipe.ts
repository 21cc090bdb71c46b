import { Injectable, PipeTransform, ArgumentMetadata } from '@nestjs/common';
import { badInput, bilingual } from '@app/core';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** IDs are UUIDs; anything else is the client's mistake, not a database error. */
@Injectable()
export class UuidPipe implements PipeTransform<string | null | undefined> {
  transform(value: string | null | undefined, meta: ArgumentMetadata) {
    if (value === undefined || value === null) return value;
    const field = meta.data ?? 'id';
    if (!UUID.test(value)) throw badInput(field, bilingual('ID 格式不正确（须为 UUID）', `${field} must be a UUID`));
    return value.toLowerCase();
  }
}
