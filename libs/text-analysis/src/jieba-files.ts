import { readFileSync } from 'node:fs';

/**
 * jieba's default dictionary (`word frequency tag` lines, 5 MB) and its IDF table (6 MB), read when asked and not
 * kept. `@node-rs/jieba/dict` reads both at import and its module keeps them for the life of the process: 11 MB of
 * resident memory that jieba, having copied them into its own tables, never reads again.
 */
export function readJiebaDictionary(): Buffer {
  return readFileSync(require.resolve('@node-rs/jieba/dict.txt'));
}

export function readJiebaIdf(): Buffer {
  return readFileSync(require.resolve('@node-rs/jieba/idf.txt'));
}
