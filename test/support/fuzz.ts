/** Builds hostile variables for every mutation from the schema's own introspection. */

export interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface InputValue {
  name: string;
  type: TypeRef;
}
export interface SchemaInfo {
  mutations: { name: string; args: InputValue[]; type: TypeRef }[];
  inputs: Map<string, InputValue[]>;
  enums: Map<string, string[]>;
}

const TYPE = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
export const INTROSPECT = `{ __schema {
  mutationType { fields { name type { ${TYPE} } args { name type { ${TYPE} } } } }
  types { kind name inputFields { name type { ${TYPE} } } enumValues { name } }
} }`;

interface Introspected {
  __schema: {
    mutationType: { fields: { name: string; type: TypeRef; args: InputValue[] }[] };
    types: { kind: string; name: string; inputFields: InputValue[] | null; enumValues: { name: string }[] | null }[];
  };
}

export function schemaInfo(data: Introspected): SchemaInfo {
  const inputs = new Map<string, InputValue[]>();
  const enums = new Map<string, string[]>();
  for (const t of data.__schema.types) {
    if (t.kind === 'INPUT_OBJECT') inputs.set(t.name, t.inputFields ?? []);
    if (t.kind === 'ENUM' && !t.name.startsWith('__'))
      enums.set(
        t.name,
        (t.enumValues ?? []).map((v) => v.name),
      );
  }
  return { mutations: data.__schema.mutationType.fields, inputs, enums };
}

export const typeString = (t: TypeRef): string =>
  t.kind === 'NON_NULL' ? `${typeString(t.ofType!)}!` : t.kind === 'LIST' ? `[${typeString(t.ofType!)}]` : t.name!;
const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
const isList = (t: TypeRef): boolean => (t.kind === 'NON_NULL' ? isList(t.ofType!) : t.kind === 'LIST');

/** A well-formed value for a type: every field filled, so each one can be replaced by a hostile value in turn. */
export function sample(info: SchemaInfo, t: TypeRef, ids: { uuid: string }, depth = 0): unknown {
  if (t.kind === 'NON_NULL') return sample(info, t.ofType!, ids, depth);
  if (t.kind === 'LIST') return [sample(info, t.ofType!, ids, depth)];
  switch (t.name) {
    case 'ID':
      return ids.uuid;
    case 'String':
      return '测试';
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    case 'DateTime':
      return '2099-01-01T00:00:00.000Z';
  }
  const values = info.enums.get(t.name!);
  if (values) return values[0];
  const fields = info.inputs.get(t.name!);
  if (fields && depth < 4) return Object.fromEntries(fields.map((f) => [f.name, sample(info, f.type, ids, depth + 1)]));
  return null;
}

export interface Leaf {
  path: (string | number)[];
  type: TypeRef;
}

/** Every leaf of a sampled value with its declared type (list items by their first element). */
export function leaves(info: SchemaInfo, args: InputValue[], value: Record<string, unknown>): Leaf[] {
  const out: Leaf[] = [];
  const walk = (t: TypeRef, v: unknown, path: (string | number)[]) => {
    out.push({ path, type: t });
    const n = named(t);
    const fields = info.inputs.get(n.name!);
    if (isList(t) && Array.isArray(v) && v.length)
      walk(t.kind === 'NON_NULL' ? t.ofType!.ofType! : t.ofType!, v[0], [...path, 0]);
    else if (fields && v && typeof v === 'object')
      for (const f of fields) walk(f.type, (v as Record<string, unknown>)[f.name], [...path, f.name]);
  };
  for (const a of args) walk(a.type, value[a.name], [a.name]);
  return out;
}

const LONE = '\ud800';
/** A cursor in the current encoding with a timestamp that cannot exist. */
export const FORGED_CURSOR = Buffer.from(
  JSON.stringify({ v: '2026-13-45 99:99:99', id: '00000000-0000-4000-8000-000000000000' }),
).toString('base64url');
/** Hostile replacements for a leaf of a type; `null` is kept apart (it may be a legitimate "clear this"). */
export function hostile(info: SchemaInfo, t: TypeRef): unknown[] {
  if (isList(t)) return [Array.from({ length: 60 }, () => '\u0000x')];
  const n = named(t);
  if (info.enums.has(n.name!)) return ['NOT_A_VALUE', `${info.enums.get(n.name!)![0]}\u0000`];
  if (info.inputs.has(n.name!)) return ['\u0000'];
  switch (n.name) {
    case 'Int':
      return [-1, 2147483647, -2147483648, 2 ** 40];
    case 'Float':
      return [-1, 1e308, Number.MAX_SAFE_INTEGER];
    case 'Boolean':
      return ['\u0000'];
    default:
      return ['a\u0000b', `a${LONE}b`, '\udc00', 'x'.repeat(100_000), FORGED_CURSOR];
  }
}

export function withValue(
  value: Record<string, unknown>,
  path: (string | number)[],
  replacement: unknown,
): Record<string, unknown> {
  const copy = structuredClone(value);
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]] = replacement;
  return copy;
}

export function mutationDocument(m: SchemaInfo['mutations'][number]): string {
  const vars = m.args.map((a) => `$${a.name}: ${typeString(a.type)}`).join(', ');
  const args = m.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const returnsObject =
    named(m.type).kind === 'OBJECT' || named(m.type).kind === 'INTERFACE' || named(m.type).kind === 'UNION';
  return `mutation${vars ? `(${vars})` : ''} { ${m.name}${args ? `(${args})` : ''}${returnsObject ? ' { __typename }' : ''} }`;
}
