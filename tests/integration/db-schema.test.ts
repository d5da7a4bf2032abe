/**
 * src-main/db/schema.ts (the row types every query is typed with) against the database the
 * migrations build: every table and column of either is in the other, with a compatible type and
 * the same nullability. schema.ts is read with the TypeScript compiler (its types exist only at
 * compile time); the database with PRAGMA table_info after all migrations.
 */
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp-vault';
import { MIGRATION_NAMES, migrationHarness, schemaNames, type MigrationHarness } from './migrations/harness';

const SCHEMA_FILE = path.resolve(import.meta.dirname, '../../src-main/db/schema.ts');

interface ColumnShape {
  /** What a SELECT returns: 'text', 'integer' (a number), 'blob' (a Buffer). */
  kind: 'text' | 'integer' | 'blob' | 'unknown';
  nullable: boolean;
  /** Generated<…>: the database fills it when an insert leaves it out. */
  generated: boolean;
}

/** Every table of the `Database` interface in schema.ts, with its columns as the types declare them. */
function declaredSchema(): Map<string, Map<string, ColumnShape>> {
  const program = ts.createProgram({
    rootNames: [SCHEMA_FILE],
    options: {
      strict: true,
      skipLibCheck: true,
      types: [],
      noEmit: true,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2023,
    },
  });
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(SCHEMA_FILE)!;
  const database = file.statements.find(
    (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'Database',
  );
  if (!database) throw new Error('schema.ts has no Database interface');
  const shapeOf = (type: ts.Type): ColumnShape => {
    // Kysely's ColumnType / Generated: an object with __select__ and __insert__.
    const select = type.getProperty('__select__');
    const insert = type.getProperty('__insert__');
    const selected = select ? checker.getTypeOfSymbol(select) : type;
    const insertable = insert ? checker.getTypeOfSymbol(insert) : type;
    const parts = selected.isUnion() ? selected.types : [selected];
    const nullable = parts.some((p) => (p.flags & ts.TypeFlags.Null) !== 0);
    const kinds = new Set(
      parts
        .filter((p) => (p.flags & ts.TypeFlags.Null) === 0)
        .map((p) =>
          p.flags & (ts.TypeFlags.String | ts.TypeFlags.StringLiteral)
            ? 'text'
            : p.flags & (ts.TypeFlags.Number | ts.TypeFlags.NumberLiteral)
              ? 'integer'
              : /Buffer|Uint8Array/.test(checker.typeToString(p))
                ? 'blob'
                : 'unknown',
        ),
    );
    const insertParts = insertable.isUnion() ? insertable.types : [insertable];
    return {
      kind: kinds.size === 1 ? ([...kinds][0] as ColumnShape['kind']) : 'unknown',
      nullable,
      generated: insert !== undefined && insertParts.some((p) => (p.flags & ts.TypeFlags.Undefined) !== 0),
    };
  };
  const tables = new Map<string, Map<string, ColumnShape>>();
  for (const tableSymbol of checker.getTypeAtLocation(database).getProperties()) {
    const rowType = checker.getTypeOfSymbol(tableSymbol);
    const columns = new Map<string, ColumnShape>();
    for (const column of rowType.getProperties()) columns.set(column.name, shapeOf(checker.getTypeOfSymbol(column)));
    tables.set(tableSymbol.name, columns);
  }
  return tables;
}

interface TableInfo {
  name: string;
  type: string;
  notnull: 0 | 1;
  dflt_value: string | null;
  pk: number;
}

describe('db/schema.ts matches the migrated database', () => {
  let cleanup: () => Promise<void>;
  let h: MigrationHarness;
  let declared: Map<string, Map<string, ColumnShape>>;
  let actual: Map<string, { virtual: boolean; columns: TableInfo[] }>;

  beforeAll(async () => {
    let dir: string;
    ({ dir, cleanup } = await makeTempDir('emanet-schema-'));
    h = migrationHarness(dir);
    await h.migrateTo(MIGRATION_NAMES.at(-1)!);
    declared = declaredSchema();
    const virtual = new Set(
      (
        h.sqlite
          .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")
          .all() as Array<{ name: string }>
      ).map((r) => r.name),
    );
    // FTS5 keeps its index in shadow tables named after the virtual table: not ours to type.
    const shadow = (name: string) => [...virtual].some((v) => name.startsWith(`${v}_`));
    actual = new Map(
      schemaNames(h.sqlite, 'table')
        .filter((name) => !shadow(name))
        .map((name) => [
          name,
          {
            virtual: virtual.has(name),
            columns: h.sqlite.prepare(`PRAGMA table_info(${JSON.stringify(name)})`).all() as TableInfo[],
          },
        ]),
    );
  });
  afterAll(async () => {
    await h.close();
    await cleanup();
  });

  it('has the same tables', () => {
    expect([...declared.keys()].sort()).toEqual([...actual.keys()].sort());
  });

  it('has the same columns in every table', () => {
    const mismatches: string[] = [];
    for (const [table, { columns }] of actual) {
      const inDb = columns.map((c) => c.name).sort();
      const inTypes = [...(declared.get(table)?.keys() ?? [])].sort();
      if (JSON.stringify(inDb) !== JSON.stringify(inTypes))
        mismatches.push(`${table}: database [${inDb.join(', ')}] vs schema.ts [${inTypes.join(', ')}]`);
    }
    expect(mismatches).toEqual([]);
  });

  it('gives every column a compatible type and the same nullability; Generated only where the database fills it', () => {
    const mismatches: string[] = [];
    for (const [table, { virtual, columns }] of actual) {
      for (const column of columns) {
        const shape = declared.get(table)?.get(column.name);
        if (!shape) continue; // reported by the test above
        const where = `${table}.${column.name}`;
        const affinity = column.type.toUpperCase();
        const compatible =
          virtual && affinity === ''
            ? shape.kind === 'text'
            : {
                text: affinity === 'TEXT',
                integer: affinity === 'INTEGER' || affinity === 'REAL',
                blob: affinity === 'BLOB',
                unknown: false,
              }[shape.kind];
        if (!compatible)
          mismatches.push(`${where}: ${affinity || '(none)'} in the database, ${shape.kind} in schema.ts`);
        // A primary key is never null; FTS5 columns carry no constraint at all.
        const notNull = column.notnull === 1 || column.pk > 0;
        if (!virtual && notNull === shape.nullable)
          mismatches.push(
            `${where}: ${notNull ? 'NOT NULL' : 'nullable'} in the database, ${shape.nullable ? '' : 'not '}nullable in schema.ts`,
          );
        const filled = column.dflt_value !== null || (column.pk > 0 && affinity === 'INTEGER') || !notNull;
        if (shape.generated && !filled)
          mismatches.push(`${where}: Generated in schema.ts but the database has no default`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('would notice a column that drifted (the checks are not vacuous)', () => {
    const setting = declared.get('setting');
    expect(setting?.get('value')).toEqual({ kind: 'text', nullable: false, generated: false });
    expect(declared.get('legal_case')?.get('next_task_due')).toEqual({
      kind: 'text',
      nullable: true,
      generated: false,
    });
    expect(declared.get('audit_event')?.get('id')).toEqual({ kind: 'integer', nullable: false, generated: true });
    expect(declared.get('document_version')?.get('key')?.kind).toBe('blob');
  });
});
