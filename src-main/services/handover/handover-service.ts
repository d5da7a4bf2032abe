import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../db/connection';
import { recordIdSchema } from '../../shared/schemas/casefile-common';
import { AppError } from '../../shared/errors';
import type { ConflictMatchView } from '../../shared/schemas/casefile-views';
import { readDocument, removeDocumentFile, writeDocument } from '../../storage/document-store';
import { mutate, type AuditEntry } from '../audit-log';
import type { ConflictService } from '../casefile/conflict-service';
import { deleteCase } from '../casefile/case-purge';
import { compactSearchIndex, unindexRecords } from '../casefile/search-index';
import type { Clock } from '../clock';
import { fingerprintWords } from '../reports/fingerprint';
import {
  collectCaseRows,
  collectSearch,
  handoverPayloadSchema,
  insertCaseRows,
  insertSearch,
  type HandoverPayload,
} from './case-records';
import { refused } from './errors';
import {
  codeHash,
  confirmationCode,
  confirmationSecret,
  openHandoverFile,
  writeHandoverFile,
  type OutgoingDocument,
} from './handover-file';
import { handoverFingerprint, readHandoverKeyFile, type HandoverKeyFile } from './key-file';
import { ensureHandoverKeys, trustedColleague, trustedColleagues, type HandoverKeys } from './key-store';

export interface HandoverServiceDeps {
  db: () => Db;
  clock: Clock;
  /** VaultService.deriveKey: the subkey that wraps this vault's handover keys. */
  deriveKey: (purpose: 'handover-keys') => Buffer;
  documentsDir: string;
  /** The conflict check (the backend's; the CLI builds its own through createServices too). */
  conflicts: Pick<ConflictService, 'check' | 'refreshClient' | 'refreshPerson' | 'forget'>;
}

/** What happens to the sender's copy: kept read-only, or shredded once the recipient confirms. */
export type CopyPolicy = 'read-only' | 'shred';

export interface ClientInFile {
  id: string;
  name: string;
  /** The same client id is already in this vault (a case handed back): it is attached to it. */
  existsHere: boolean;
  matches: ConflictMatchView[];
}

export interface HandoverPreview {
  handoverId: string;
  caseId: string;
  senderWords: string;
  clients: ClientInFile[];
  records: number;
  documents: number;
}

export interface ReceiveResult {
  handoverId: string;
  caseId: string;
  records: number;
  documents: number;
  confirmationCode: string;
}

const nowIso = (clock: Clock): string => new Date(clock.now()).toISOString();

export function createHandoverService(deps: HandoverServiceDeps) {
  async function withKeys<T>(run: (keys: HandoverKeys) => Promise<T>): Promise<T> {
    const wrapKey = deps.deriveKey('handover-keys');
    let keys: HandoverKeys;
    try {
      keys = await ensureHandoverKeys({ db: deps.db(), wrapKey, now: nowIso(deps.clock) });
    } finally {
      wrapKey.fill(0);
    }
    return run(keys);
  }

  const isTrusted = async (fingerprint: string) => (await trustedColleague(deps.db(), fingerprint)) !== undefined;

  async function open(path: string) {
    return withKeys(async (keys) => {
      const opened = await openHandoverFile(path, keys, isTrusted);
      let payload: HandoverPayload;
      try {
        payload = handoverPayloadSchema.parse(JSON.parse(opened.payload));
      } catch {
        await opened.close();
        throw refused('handover.tampered', 'The handover file is damaged or was altered');
      }
      return { opened, payload };
    });
  }

  async function refuseReplayOrExisting(payload: HandoverPayload): Promise<void> {
    const db = deps.db();
    const seen = await db
      .selectFrom('handover_received')
      .select('id')
      .where('id', '=', payload.handoverId)
      .executeTakeFirst();
    const sent = await db
      .selectFrom('handover_sent')
      .select('id')
      .where('id', '=', payload.handoverId)
      .executeTakeFirst();
    if (seen || sent)
      throw refused('handover.replayed', 'This handover was already imported into this vault', 'CONFLICT');
    const existing = await db.selectFrom('legal_case').select('id').where('id', '=', payload.caseId).executeTakeFirst();
    if (existing) throw refused('handover.caseExists', 'This case is already in this vault', 'CONFLICT');
  }

  const countRecords = (payload: HandoverPayload) =>
    Object.values(payload.tables).reduce((s, rows) => s + rows.length, 0);

  return {
    /** This vault's receiving key: its words and the public file to hand to colleagues. */
    async myKey(): Promise<{ fingerprint: string; words: string; file: HandoverKeyFile }> {
      return withKeys((keys) =>
        Promise.resolve({
          fingerprint: keys.fingerprint,
          words: fingerprintWords(keys.fingerprint),
          file: keys.file,
        }),
      );
    },

    /** Reads a colleague's key file: its words, to compare before trusting it. */
    inspect(text: string): { fingerprint: string; words: string } {
      const file = readHandoverKeyFile(text);
      const fingerprint = handoverFingerprint(file);
      return { fingerprint, words: fingerprintWords(fingerprint) };
    },

    /** Trusts a colleague's key file (after the lawyer compared the words). */
    async trust(text: string): Promise<{ fingerprint: string; words: string }> {
      const file = readHandoverKeyFile(text);
      const fingerprint = handoverFingerprint(file);
      const mine = await withKeys((k) => Promise.resolve(k.fingerprint));
      if (fingerprint === mine) throw refused('handoverKey.ownKey', 'This is this vault\u2019s own key', 'VALIDATION');
      await mutate(deps, { action: 'updated', entity: 'setting' }, async (tx) => {
        await tx
          .insertInto('trusted_colleague')
          .values({ fingerprint, public_key_file: JSON.stringify(file), trusted_at: nowIso(deps.clock) })
          .onConflict((oc) => oc.column('fingerprint').doNothing())
          .execute();
      });
      return { fingerprint, words: fingerprintWords(fingerprint) };
    },

    async colleagues(): Promise<Array<{ fingerprint: string; words: string; trustedAt: string }>> {
      return (await trustedColleagues(deps.db())).map((c) => ({
        fingerprint: c.fingerprint,
        words: fingerprintWords(c.fingerprint),
        trustedAt: c.trustedAt,
      }));
    },

    async untrust(fingerprint: string): Promise<void> {
      await mutate(deps, { action: 'updated', entity: 'setting' }, async (tx) => {
        await tx.deleteFrom('trusted_colleague').where('fingerprint', '=', fingerprint).execute();
      });
    },

    /** The handover of a case, if it was handed over (the case page shows it read-only). */
    async statusOf(
      caseId: string,
    ): Promise<{ handoverId: string; copy: CopyPolicy; sentAt: string; confirmedAt: string | null } | null> {
      const row = await deps
        .db()
        .selectFrom('handover_sent')
        .selectAll()
        .where('case_id', '=', caseId)
        .where('state', '=', 'read-only')
        .executeTakeFirst();
      return row
        ? { handoverId: row.id, copy: row.copy as CopyPolicy, sentAt: row.sent_at, confirmedAt: row.confirmed_at }
        : null;
    },

    /**
     * Seals the case to a trusted colleague into `out`. The case is locked read-only first (so
     * the file holds its final state), then written; if writing fails, the lock is lifted again.
     */
    async send(options: { caseId: string; to: string; copy: CopyPolicy; out: string }) {
      const caseId = recordIdSchema.parse(options.caseId);
      const colleague = await trustedColleague(deps.db(), options.to);
      if (!colleague) throw refused('handoverKey.notTrusted', 'This colleague\u2019s key is not trusted', 'FORBIDDEN');
      const db = deps.db();
      const found = await db.selectFrom('legal_case').select('id').where('id', '=', caseId).executeTakeFirst();
      if (!found) throw new AppError('NOT_FOUND', 'Case not found');
      const handoverId = randomUUID();
      const secret = confirmationSecret();
      const sentAt = nowIso(deps.clock);
      const clientIds = (
        await db.selectFrom('case_client').select('client_id').where('case_id', '=', caseId).execute()
      ).map((r) => r.client_id);
      await mutate(
        deps,
        [
          { action: 'exported', entity: 'case', entityId: caseId },
          { action: 'created', entity: 'handover', entityId: handoverId },
        ],
        async (tx) => {
          const locked = await tx
            .selectFrom('handover_sent')
            .select('id')
            .where('case_id', '=', caseId)
            .where('state', '=', 'read-only')
            .executeTakeFirst();
          if (locked) throw new AppError('CONFLICT', 'This case was already handed over', ['case.handedOver']);
          await tx
            .insertInto('handover_sent')
            .values({
              id: handoverId,
              case_id: caseId,
              recipient: colleague.fingerprint,
              copy: options.copy,
              state: 'read-only',
              confirmation_sha256: codeHash(confirmationCode(secret, handoverId)),
              sent_at: sentAt,
              confirmed_at: null,
            })
            .execute();
        },
      );
      try {
        const tables = await collectCaseRows(db, caseId, clientIds);
        const personIds = (tables.related_person ?? []).filter((p) => p.case_id === null).map((p) => String(p.id));
        const search = await collectSearch(db, caseId, [...clientIds, ...personIds]);
        const versions = await db
          .selectFrom('document_version')
          .innerJoin('document', 'document.id', 'document_version.document_id')
          .select([
            'document_version.id',
            'document_version.file_name',
            'document_version.key',
            'document_version.size',
            'document_version.sha256',
          ])
          .where('document.case_id', '=', caseId)
          .orderBy('document_version.document_id')
          .orderBy('document_version.version_no')
          .execute();
        const payload: HandoverPayload = {
          handoverId,
          sentAt,
          caseId,
          clientIds,
          confirmSecret: secret,
          tables: tables as HandoverPayload['tables'],
          search,
          documents: versions.map((v) => ({ versionId: v.id, size: v.size, sha256: v.sha256 })),
        };
        const documents: OutgoingDocument[] = versions.map((v) => ({
          size: v.size,
          read: () => readDocument(deps.documentsDir, v.file_name, v.key),
        }));
        const written = await withKeys((keys) =>
          writeHandoverFile(options.out, JSON.stringify(payload), documents, keys, colleague.file),
        );
        for (const v of versions) v.key.fill(0);
        return { handoverId, bytes: written.bytes, records: countRecords(payload), documents: versions.length };
      } catch (error) {
        await db.deleteFrom('handover_sent').where('id', '=', handoverId).execute();
        throw error;
      }
    },

    /** Opens a handover file far enough to show what it holds and the conflict check; writes nothing. */
    async preview(path: string): Promise<HandoverPreview> {
      const { opened, payload } = await open(path);
      await opened.close();
      await refuseReplayOrExisting(payload);
      const db = deps.db();
      const clients: ClientInFile[] = [];
      for (const row of payload.tables.client ?? []) {
        const id = String(row.id);
        const existsHere =
          (await db.selectFrom('client').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
        const givenName = String(row.given_name ?? '');
        const familyName =
          row.family_name === null || row.family_name === undefined ? undefined : String(row.family_name);
        const matches = existsHere
          ? []
          : await deps.conflicts.check({
              givenName,
              ...(familyName ? { familyName } : {}),
              ...(typeof row.birth_date === 'string' ? { dateOfBirth: row.birth_date } : {}),
            });
        clients.push({ id, name: [givenName, familyName].filter(Boolean).join(' '), existsHere, matches });
      }
      return {
        handoverId: payload.handoverId,
        caseId: payload.caseId,
        senderWords: fingerprintWords(opened.signer ? handoverFingerprint(opened.signer) : ''),
        clients,
        records: countRecords(payload),
        documents: payload.documents.length,
      };
    },

    /**
     * Imports a handover: verified, not seen before, documents re-encrypted under fresh keys while
     * they stream in (their SHA-256 checked against the signed manifest), then every row in one
     * transaction. `attach` maps a client of the file to an existing client of this vault.
     */
    async receive(path: string, attach: Readonly<Record<string, string>> = {}): Promise<ReceiveResult> {
      const { opened, payload } = await open(path);
      const written: string[] = [];
      const versions = new Map<string, { fileName: string; key: Buffer }>();
      try {
        await refuseReplayOrExisting(payload);
        const db = deps.db();
        const attachMap = new Map<string, string>();
        for (const id of payload.clientIds) {
          const here = await db.selectFrom('client').select('id').where('id', '=', id).executeTakeFirst();
          const target = attach[id];
          if (here) attachMap.set(id, id);
          else if (target !== undefined && target !== 'new') {
            const exists = await db.selectFrom('client').select('id').where('id', '=', target).executeTakeFirst();
            if (!exists) throw new AppError('NOT_FOUND', 'Client not found', ['attach']);
            attachMap.set(id, target);
          }
        }
        for (const doc of payload.documents) {
          const key = randomBytes(32);
          const stored = await writeDocument(deps.documentsDir, opened.document(doc.size), key, { sizeHint: doc.size });
          written.push(stored.fileName);
          if (stored.sha256 !== doc.sha256 || stored.size !== doc.size)
            throw refused('handover.tampered', 'A document in the handover file does not match its signature');
          versions.set(doc.versionId, { fileName: stored.fileName, key });
        }
        await opened.end();
        const records = countRecords(payload);
        const entries: AuditEntry[] = [
          { action: 'created', entity: 'case', entityId: payload.caseId },
          { action: 'created', entity: 'handover', entityId: payload.handoverId },
        ];
        await mutate(deps, entries, async (tx) => {
          await insertCaseRows(tx, payload.tables, attachMap, versions);
          await insertSearch(tx, payload.search, new Set(attachMap.keys()));
          await tx
            .insertInto('handover_received')
            .values({
              id: payload.handoverId,
              sender: opened.signerFingerprint,
              case_id: payload.caseId,
              records,
              documents: payload.documents.length,
              received_at: nowIso(deps.clock),
            })
            .execute();
        });
        for (const id of payload.clientIds) if (!attachMap.has(id)) await deps.conflicts.refreshClient(id);
        for (const p of payload.tables.related_person ?? []) await deps.conflicts.refreshPerson(String(p.id));
        return {
          handoverId: payload.handoverId,
          caseId: payload.caseId,
          records,
          documents: payload.documents.length,
          confirmationCode: confirmationCode(payload.confirmSecret, payload.handoverId),
        };
      } catch (error) {
        for (const name of written) await removeDocumentFile(deps.documentsDir, name).catch(() => undefined);
        throw error;
      } finally {
        for (const v of versions.values()) v.key.fill(0);
        await opened.close();
      }
    },

    /**
     * The sender enters the code the recipient read back. With the 'shred' choice the case, its
     * documents and the clients who have no other case here are destroyed (crypto-shredding, as
     * retention's purge does); with 'read-only' the copy stays, read-only, marked confirmed.
     */
    /**
     * Takes back a handover the colleague has not confirmed: the case is editable again. For a
     * file that was never delivered (the app stopped while writing it, the stick was lost) or a
     * colleague who will not take the case. A copy the colleague still imports later is theirs:
     * the screen says so before the lawyer withdraws.
     */
    async withdraw(handoverId: string): Promise<void> {
      await mutate(deps, { action: 'deleted', entity: 'handover', entityId: handoverId }, async (tx) => {
        const row = await tx.selectFrom('handover_sent').selectAll().where('id', '=', handoverId).executeTakeFirst();
        if (!row || row.state !== 'read-only')
          throw new AppError('NOT_FOUND', 'No such handover awaiting confirmation');
        if (row.confirmed_at !== null)
          throw refused('handover.alreadyConfirmed', 'The colleague already confirmed this handover', 'CONFLICT');
        await tx.deleteFrom('handover_sent').where('id', '=', handoverId).execute();
      });
    },

    async confirm(handoverId: string, code: string): Promise<{ shredded: boolean; documents: number }> {
      const db = deps.db();
      const row = await db.selectFrom('handover_sent').selectAll().where('id', '=', handoverId).executeTakeFirst();
      if (!row || row.state !== 'read-only') throw new AppError('NOT_FOUND', 'No such handover awaiting confirmation');
      if (codeHash(code) !== row.confirmation_sha256)
        throw refused('handover.badConfirmation', 'This confirmation code does not match the handover', 'VALIDATION');
      const at = nowIso(deps.clock);
      if (row.copy === 'read-only') {
        await mutate(deps, { action: 'updated', entity: 'handover', entityId: handoverId }, async (tx) => {
          await tx.updateTable('handover_sent').set({ confirmed_at: at }).where('id', '=', handoverId).execute();
        });
        return { shredded: false, documents: 0 };
      }
      await sql`PRAGMA secure_delete = ON`.execute(db);
      const caseId = row.case_id;
      const { files, forget } = await mutate<{ files: string[]; clients: string[]; forget: string[] }>(
        deps,
        (r: { clients: string[] }) => [
          { action: 'deleted', entity: 'case', entityId: caseId },
          ...r.clients.map((id): AuditEntry => ({ action: 'deleted', entity: 'client', entityId: id })),
          { action: 'updated', entity: 'handover', entityId: handoverId },
        ],
        async (tx) => {
          // Lifts the read-only lock, in the same transaction as the deletion.
          await tx
            .updateTable('handover_sent')
            .set({ state: 'shredded', confirmed_at: at })
            .where('id', '=', handoverId)
            .execute();
          const clientIds = (
            await tx.selectFrom('case_client').select('client_id').where('case_id', '=', caseId).execute()
          ).map((r) => r.client_id);
          const { files, persons } = await deleteCase(tx, caseId);
          // Clients with no other case here leave with it; a client of other cases stays.
          const clients: string[] = [];
          for (const id of clientIds) {
            const other = await tx
              .selectFrom('case_client')
              .select('case_id')
              .where('client_id', '=', id)
              .executeTakeFirst();
            if (other) continue;
            const own = (await tx.selectFrom('related_person').select('id').where('client_id', '=', id).execute()).map(
              (r) => r.id,
            );
            persons.push(...own);
            await unindexRecords(tx, 'client', [id]);
            await unindexRecords(tx, 'person', own);
            await tx.deleteFrom('client').where('id', '=', id).execute();
            clients.push(id);
          }
          return { files, clients, forget: [...clients, ...persons] };
        },
      );
      deps.conflicts.forget(forget);
      await compactSearchIndex(db);
      await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
      for (const name of files) await removeDocumentFile(deps.documentsDir, name);
      return { shredded: true, documents: files.length };
    },
  };
}

export type HandoverService = ReturnType<typeof createHandoverService>;
