import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import enUS from './en-US.json';
import zhCN from './zh-CN.json';

/** The values of one enum in the committed schema (the same file the generated types come from). */
function schemaEnum(name: string): string[] {
  const schema = readFileSync(join(__dirname, '../../../api/schema.gql'), 'utf8');
  const body = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(schema)?.[1] ?? '';
  return body
    .replace(/"""[\s\S]*?"""/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^[A-Z_]+$/.test(line));
}

// Enums the app shows by label: a value the server adds (or renames) must not reach a person as a raw key.
const LABELLED: [schemaName: string, catalogueKey: 'matchFactor' | 'notificationKind'][] = [
  ['MatchFactor', 'matchFactor'],
  ['NotificationKind', 'notificationKind'],
];

describe('enum labels', () => {
  for (const [schemaName, key] of LABELLED) {
    it(`every ${schemaName} has a Chinese and an English label`, () => {
      const values = schemaEnum(schemaName);
      expect(values.length).toBeGreaterThan(3);
      for (const [lang, catalogue] of [
        ['zh-CN', zhCN],
        ['en-US', enUS],
      ] as const) {
        const labels = (catalogue as { enums: Record<string, Record<string, string>> }).enums[key];
        expect({ lang, missing: values.filter((v) => !labels[v]) }).toEqual({ lang, missing: [] });
      }
    });
  }
});
