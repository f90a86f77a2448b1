/**
 * Random edits of a JSON document for fuzzing: one field (at any depth) removed, retyped,
 * set out of range or given a sibling it should not have.
 */
import fc from 'fast-check';

export type JsonPath = readonly (string | number)[];

export type JsonMutation =
  | { kind: 'remove'; path: JsonPath }
  | { kind: 'replace'; path: JsonPath; value: unknown }
  | { kind: 'add'; path: JsonPath; key: string; value: unknown };

/** Every path to a value inside `value`, the root excluded. */
export function jsonPaths(value: unknown, prefix: JsonPath = []): JsonPath[] {
  if (Array.isArray(value))
    return value.flatMap((item, i) => [[...prefix, i], ...jsonPaths(item, [...prefix, i])]);
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => [
      [...prefix, key],
      ...jsonPaths(item, [...prefix, key]),
    ]);
  return [];
}

/** Values chosen to break a field: wrong types, numbers out of range, odd strings. */
export const hostileJsonValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    true,
    false,
    0,
    -1,
    0.5,
    -0.0,
    2 ** 31,
    2 ** 53 + 2,
    -(2 ** 53),
    1e308,
    '',
    ' ',
    '..',
    '../x',
    '/etc/passwd',
    'C:\\x',
    'a/../../b',
    '0',
    'NaN',
    '2026-13-45',
    'sandbox-index/2',
    'sandbox-package/2',
    'full',
    'delta',
    '\u0000',
    '\ud800',
    'x'.repeat(5000),
    [],
    {},
    [[]],
    { version: 1 },
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 40 }),
  fc.jsonValue({ maxDepth: 3 }),
);

export function jsonMutation(document: unknown): fc.Arbitrary<JsonMutation> {
  const paths = jsonPaths(document);
  const containers: JsonPath[] = [[], ...paths.filter((path) => isObject(valueAt(document, path)))];
  return fc.oneof(
    fc.constantFrom(...paths).map((path): JsonMutation => ({ kind: 'remove', path })),
    fc
      .tuple(fc.constantFrom(...paths), hostileJsonValue)
      .map(([path, value]): JsonMutation => ({ kind: 'replace', path, value })),
    fc
      .tuple(
        fc.constantFrom(...containers),
        fc.oneof(
          fc.string({ maxLength: 12 }),
          fc.constantFrom('__proto__', 'constructor', 'extra'),
        ),
        hostileJsonValue,
      )
      .map(([path, key, value]): JsonMutation => ({ kind: 'add', path, key, value })),
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function valueAt(document: unknown, path: JsonPath): unknown {
  let at = document;
  for (const step of path) at = (at as Record<string | number, unknown>)[step];
  return at;
}

/** A deep copy of `document` with `mutation` applied. */
export function applyMutation(document: unknown, mutation: JsonMutation): unknown {
  const copy = JSON.parse(JSON.stringify(document)) as unknown;
  if (mutation.kind === 'add') {
    const target = valueAt(copy, mutation.path) as Record<string, unknown>;
    Object.defineProperty(target, mutation.key, {
      value: mutation.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return copy;
  }
  const parent = valueAt(copy, mutation.path.slice(0, -1)) as Record<string | number, unknown>;
  const last = mutation.path[mutation.path.length - 1]!;
  if (mutation.kind === 'replace') parent[last] = mutation.value;
  else if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete parent[last];
  return copy;
}
