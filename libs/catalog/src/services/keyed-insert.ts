import { uniqueViolation } from '@app/database';
import { generateListingKey, keyTaken } from '../domain/listing-keys';

/** The key a new listing gets: the one given (CONFLICT if the organisation uses it) or a fresh generated one. */
export async function newListingKey(
  given: string | null | undefined,
  prefix: 'A' | 'N',
  label: string,
  taken: (key: string) => Promise<boolean>,
): Promise<string> {
  if (given) {
    if (await taken(given)) throw keyTaken(label, given);
    return given;
  }
  for (let attempt = 0; attempt < 5; attempt++) {
    const key = generateListingKey(prefix);
    if (!(await taken(key))) return key;
  }
  throw new Error(`no free ${label} key after 5 random draws`);
}

/**
 * Inserts, turning a lost race on (org_id, key) into the same CONFLICT the check above gives: two concurrent
 * creates with one key answer one code, whichever of them the check or the constraint stopped.
 */
export async function insertKeyed<T>(
  insert: () => Promise<T>,
  constraint: string,
  label: string,
  key: string,
): Promise<T> {
  try {
    return await insert();
  } catch (error) {
    if (uniqueViolation(error)?.constraint === constraint) throw keyTaken(label, key);
    throw error;
  }
}
