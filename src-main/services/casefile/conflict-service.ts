import {
  ConflictBatch,
  findConflicts,
  prepareIndex,
  type ConflictCandidate,
  type ConflictIndex,
  type ConflictPerson,
} from '../../domain/people/conflict-check';
import type { IdentityKind } from '../../shared/identity-numbers';
import type { ConflictMatchView } from '../../shared/schemas/casefile-views';
import { groupBy } from '../../shared/group-by';
import type { CasefileDeps } from './context';
import { displayName } from './client-mapping';

/**
 * The conflict index lives in memory while the vault is open: built on first use (about 0.1 s
 * for 10,000 people), kept current on every write, and dropped on lock because it holds names.
 * Trashed clients still count: until the trash is emptied they are still the lawyer's clients.
 */
export interface ConflictService {
  check(candidate: ConflictCandidate, excludeId?: string): Promise<ConflictMatchView[]>;
  /**
   * Many checks against the vault as it is now (an import's preview): the same matches as
   * `check`, each distinct word compared once (domain ConflictBatch).
   */
  batch(): Promise<(candidate: ConflictCandidate) => ConflictMatchView[]>;
  refreshClient(id: string): Promise<void>;
  refreshPerson(id: string): Promise<void>;
  forget(ids: readonly string[]): void;
  clear(): void;
}

interface Known {
  kind: 'client' | 'person';
  name: string;
}

export function createConflictService(deps: CasefileDeps): ConflictService {
  let index: ConflictIndex | null = null;
  const known = new Map<string, Known>();

  async function clientPerson(id: string): Promise<ConflictPerson | null> {
    const db = deps.db();
    const row = await db
      .selectFrom('client')
      .select(['id', 'given_name', 'family_name', 'birth_date', 'birth_date_precision'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return null;
    const aliases = await db.selectFrom('client_alias').select('name').where('client_id', '=', id).execute();
    const ids = await db.selectFrom('client_identity').select(['kind', 'value']).where('client_id', '=', id).execute();
    known.set(id, { kind: 'client', name: displayName(row) });
    return toPerson(
      row,
      aliases.map((a) => a.name),
      ids,
    );
  }

  async function personPerson(id: string): Promise<ConflictPerson | null> {
    const row = await deps
      .db()
      .selectFrom('related_person')
      .select(['id', 'name', 'birth_date'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return null;
    known.set(id, { kind: 'person', name: row.name });
    return { id: row.id, givenName: row.name, ...(row.birth_date ? { dateOfBirth: row.birth_date } : {}) };
  }

  async function build(): Promise<ConflictIndex> {
    const db = deps.db();
    const [clients, aliases, ids, persons] = await Promise.all([
      db
        .selectFrom('client')
        .select(['id', 'given_name', 'family_name', 'birth_date', 'birth_date_precision'])
        .execute(),
      db.selectFrom('client_alias').select(['client_id', 'name']).execute(),
      db.selectFrom('client_identity').select(['client_id', 'kind', 'value']).execute(),
      db.selectFrom('related_person').select(['id', 'name', 'birth_date']).execute(),
    ]);
    const aliasesOf = groupBy(aliases, (a) => a.client_id);
    const idsOf = groupBy(ids, (n) => n.client_id);
    const people: ConflictPerson[] = [];
    for (const c of clients) {
      known.set(c.id, { kind: 'client', name: displayName(c) });
      people.push(
        toPerson(
          c,
          (aliasesOf.get(c.id) ?? []).map((a) => a.name),
          idsOf.get(c.id) ?? [],
        ),
      );
    }
    for (const p of persons) {
      known.set(p.id, { kind: 'person', name: p.name });
      people.push({ id: p.id, givenName: p.name, ...(p.birth_date ? { dateOfBirth: p.birth_date } : {}) });
    }
    return prepareIndex(people);
  }

  const view = (m: ReturnType<typeof findConflicts>[number]): ConflictMatchView => ({
    id: m.id,
    kind: known.get(m.id)?.kind ?? 'client',
    name: known.get(m.id)?.name ?? '',
    matchedName: m.matchedName,
    score: Math.round(m.score * 100) / 100,
    reasons: [...m.reasons],
    nameReasons: [...m.nameReasons],
  });

  return {
    async batch() {
      index ??= await build();
      const batch = new ConflictBatch(index);
      return (candidate) => batch.check(candidate).map(view);
    },
    async check(candidate, excludeId) {
      index ??= await build();
      return findConflicts(candidate, index, excludeId ? { excludeId } : {}).map(view);
    },
    async refreshClient(id) {
      if (!index) return;
      const person = await clientPerson(id);
      if (person) index.upsert(person);
    },
    async refreshPerson(id) {
      if (!index) return;
      const person = await personPerson(id);
      if (person) index.upsert(person);
    },
    forget(ids) {
      for (const id of ids) {
        index?.remove(id);
        known.delete(id);
      }
    },
    clear() {
      index?.clear();
      index = null;
      known.clear();
    },
  };
}

function toPerson(
  row: {
    id: string;
    given_name: string;
    family_name: string | null;
    birth_date: string | null;
    birth_date_precision: string | null;
  },
  aliases: string[],
  ids: ReadonlyArray<{ kind: string; value: string }>,
): ConflictPerson {
  return {
    id: row.id,
    givenName: row.given_name,
    ...(row.family_name ? { familyName: row.family_name } : {}),
    aliases,
    ...(row.birth_date
      ? { dateOfBirth: row.birth_date, dateOfBirthApproximate: row.birth_date_precision === 'approximate' }
      : {}),
    identityNumbers: ids.map((n) => ({ kind: n.kind as IdentityKind, value: n.value })),
  };
}
