import { InitialSchema1764100000000 } from './1764100000000-initial-schema';

/** Explicit list: bundlers and globs disagree about paths, an array never does. */
export const MIGRATIONS = [InitialSchema1764100000000];
