import type { Insertable, Transaction } from 'kysely';
import type { Db } from '../../db/connection';
import type { Database, DbClientAlias } from '../../db/schema';
import { normalizeIdentityNumber, type IdentityKind } from '../../shared/identity-numbers';
import type { ClientInput, ClientInputDraft } from '../../shared/schemas/clients';
import { AppError } from '../../shared/errors';
import { json } from './context';
import { storedHead } from './record-rows';

type Executor = Db | Transaction<Database>;

type ChildTable = 'client_alias' | 'client_identity' | 'client_vulnerability' | 'client_consent';

async function insertRows<T extends ChildTable>(tx: Executor, table: T, rows: Array<Insertable<Database[T]>>) {
  // Kysely cannot resolve columns over a generic table; `rows` is typed by the caller's table.
  if (rows.length)
    await tx
      .insertInto(table as 'client_alias')
      .values(rows as Array<Insertable<DbClientAlias>>)
      .execute();
}

/** Replaces a client's child rows (aliases, identity numbers, vulnerabilities, consents). */
export async function writeClientChildren(tx: Executor, clientId: string, c: ClientInput): Promise<void> {
  for (const table of ['client_alias', 'client_identity', 'client_vulnerability', 'client_consent'] as const) {
    await tx.deleteFrom(table).where('client_id', '=', clientId).execute();
  }
  await insertRows(
    tx,
    'client_alias',
    c.aliases.map((a) => ({ client_id: clientId, name: a.name, kind: a.kind })),
  );
  await insertRows(
    tx,
    'client_identity',
    c.identityNumbers.map((n) => ({
      client_id: clientId,
      kind: n.kind,
      value: n.value,
      normalized: normalizeIdentityNumber(n.kind, n.value) ?? n.value,
    })),
  );
  await insertRows(
    tx,
    'client_vulnerability',
    c.vulnerabilities.map((v) => ({ client_id: clientId, code: v.code, since: v.since, note: v.note ?? null })),
  );
  await insertRows(
    tx,
    'client_consent',
    c.consents.map((k) => ({
      client_id: clientId,
      kind: k.kind,
      given_on: k.givenOn,
      scope: k.scope,
      how: k.how,
      withdrawn_on: k.withdrawnOn ?? null,
    })),
  );
}

export interface StoredClient {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  client: ClientInputDraft;
}

/** Reads a client back into the input shape, so the same schema validates what goes out. */
export async function readClient(db: Executor, id: string): Promise<StoredClient> {
  const row = await db.selectFrom('client').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'Client not found');
  const [aliases, ids, vulnerabilities, consents] = await Promise.all([
    db.selectFrom('client_alias').select(['name', 'kind']).where('client_id', '=', id).orderBy('id').execute(),
    db.selectFrom('client_identity').select(['kind', 'value']).where('client_id', '=', id).orderBy('id').execute(),
    db
      .selectFrom('client_vulnerability')
      .select(['code', 'since', 'note'])
      .where('client_id', '=', id)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('client_consent')
      .select(['kind', 'given_on', 'scope', 'how', 'withdrawn_on'])
      .where('client_id', '=', id)
      .orderBy('id')
      .execute(),
  ]);
  const safeContact = row.safe_contact ? (JSON.parse(row.safe_contact) as ClientInputDraft['safeContact']) : undefined;
  const precision = row.birth_date_precision;
  const client: ClientInputDraft = {
    givenName: row.given_name,
    ...(row.family_name ? { familyName: row.family_name } : {}),
    aliases: aliases.map((a) => ({ name: a.name, kind: a.kind as ClientInput['aliases'][number]['kind'] })),
    ...(row.father_name ? { fatherName: row.father_name } : {}),
    ...(row.mother_name ? { motherName: row.mother_name } : {}),
    ...(row.birth_date && precision
      ? {
          dateOfBirth:
            precision === 'exact'
              ? { precision: 'exact' as const, date: row.birth_date }
              : { precision: precision as 'year' | 'approximate', year: Number(row.birth_date) },
        }
      : {}),
    ...(row.gender
      ? {
          gender: {
            kind: row.gender as NonNullable<ClientInput['gender']>['kind'],
            ...(row.gender_description ? { selfDescription: row.gender_description } : {}),
          },
        }
      : {}),
    ...(row.nationality ? { nationality: row.nationality as NonNullable<ClientInput['nationality']> } : {}),
    otherNationalities: json.parseList(row.other_nationalities) as ClientInput['otherNationalities'],
    stateless: row.stateless === 1,
    languages: json.parseList(row.languages) as ClientInput['languages'],
    interpreter: {
      needed: row.interpreter_needed === 1,
      ...(row.interpreter_language ? { language: row.interpreter_language as ClientInput['languages'][number] } : {}),
    },
    identityNumbers: ids.map((n) => ({ kind: n.kind as IdentityKind, value: n.value })),
    ...(row.phone ? { phone: row.phone } : {}),
    ...(row.province || row.district || row.address_line
      ? {
          address: {
            ...(row.province
              ? { provinceCode: row.province as NonNullable<ClientInput['address']>['provinceCode'] }
              : {}),
            ...(row.district ? { district: row.district } : {}),
            ...(row.address_line ? { line: row.address_line } : {}),
          },
        }
      : {}),
    ...(safeContact ? { safeContact } : {}),
    vulnerabilities: vulnerabilities.map((v) => ({
      code: v.code as ClientInput['vulnerabilities'][number]['code'],
      since: v.since ?? '',
      ...(v.note ? { note: v.note } : {}),
    })),
    consents: consents.map((k) => ({
      kind: k.kind as ClientInput['consents'][number]['kind'],
      givenOn: k.given_on,
      scope: k.scope ?? '',
      how: k.how as ClientInput['consents'][number]['how'],
      ...(k.withdrawn_on ? { withdrawnOn: k.withdrawn_on } : {}),
    })),
  };
  return {
    ...storedHead(row),
    client,
  };
}
