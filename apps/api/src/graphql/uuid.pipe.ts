import { Injectable, PipeTransform, ArgumentMetadata } from '@nestjs/common';
import { badInput } from '@app/core';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** IDs are UUIDs; anything else is the client's mistake, not a database error. */
@Injectable()
export class UuidPipe implements PipeTransform<string | null | undefined> {
  transform(value: string | null | undefined, meta: ArgumentMetadata) {
    if (value === undefined || value === null) return value;
    if (!UUID.test(value)) throw badInput(meta.data ?? 'id', 'must be a UUID');
    return value.toLowerCase();
  }
}
