/**
 * Case handover between two vaults (issue 17, acceptance 2): the round trip leaves every record
 * and every document (by SHA-256) identical on the recipient's side; a flipped byte, another
 * recipient's key, an untrusted sender and a replayed file are refused with their reasons; the
 * sender's copy is read-only until the recipient's code is entered, then shredded so that the
 * canaries are gone from the sender's vault folder (raw files and a decrypted copy of the database).
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { copyFile, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../src-main/backend';
import { keyConnection } from '../../src-main/db/sqlcipher';
import { collectCaseRows } from '../../src-main/services/handover/case-records';
import { handoverRefusalOf } from '../../src-main/services/handover';
import { vaultPaths } from '../../src-main/storage/vault-paths';
import { codeOf } from '../helpers/backend';
import { makeTempDir, STRONG_PASSPHRASE } from '../helpers/temp-vault';
import { call, CANARIES, documentHashes, filesContaining, openBackend, seedVault, type Seeded } from './backup-helpers';

async function decryptedCopy(dbFile: string, key: Buffer, out: string): Promise<Buffer> {
  await copyFile(dbFile, out);
  const db = new Database(out);
  keyConnection(db, key);
  db.pragma('journal_mode = DELETE');
  db.pragma(`rekey = ''`);
  db.close();
  return readFile(out);
}

async function refusal(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return handoverRefusalOf(error) ?? String(error);
  }
  return 'accepted';
}

async function newVault(dir: string): Promise<Backend> {
  const backend = openBackend(dir);
  await call(backend, 'vault:create', { passphrase: STRONG_PASSPHRASE });
  return backend;
}

describe('case handover between two vaults', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let seeded: Seeded;
  let sender: Backend;
  let recipient: Backend;
  let stranger: Backend;
  let caseId: string;
  let clientId: string;
  let file: string;
  let before: Record<string, unknown[]>;
  let documentIds: string[];

  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir('emanet-handover-'));
    seeded = await seedVault(join(dir, 'sender'));
    sender = seeded.backend;
    recipient = await newVault(join(dir, 'recipient'));
    stranger = await newVault(join(dir, 'stranger'));
    caseId = seeded.caseIds[0]!;
    clientId = (await call(sender, 'cases:get', { id: caseId })).clients[0]!.id;
    // Everything a case accumulates, on top of the seeded note and documents.
    await call(sender, 'deadlines:add', {
      caseId,
      ruleId: 'removal-appeal',
      start: { kind: 'notification', date: '2026-11-25' },
    });
    await call(sender, 'deadlines:add', {
      caseId,
      ruleId: 'detention-max-removal',
      start: { kind: 'detention', startedOn: '2026-11-20', orderDateOnly: false },
    });
    await call(sender, 'hearings:add', {
      caseId,
      kind: 'hearing',
      court: 'İstanbul 5. İdare Mahkemesi',
      startsAt: '2027-06-24T09:30',
    });
    await call(sender, 'tasks:add', { caseId, title: 'Dilekçe hazırla', dueOn: '2026-12-01' });
    await call(sender, 'time:add', { caseId, workedOn: '2026-11-26', minutes: 45, proBono: true });
    await call(sender, 'persons:add', { caseId, role: 'relative', name: 'Mariam Rahimi' });
    await call(sender, 'powerOfAttorney:add', { caseId, record: { grantedOn: '2026-11-21', scope: 'general' } });
    await call(sender, 'notifications:add', {
      caseId,
      subject: 'Karar',
      recipient: 'lawyer',
      method: 'hand',
      servedOn: '2026-11-25',
    });
    await call(sender, 'stays:add', { caseId, stay: { requestedOn: '2026-11-26' } });
    documentIds = (
      await sender.vault.db().selectFrom('document').select('id').where('case_id', '=', caseId).orderBy('id').execute()
    ).map((r) => r.id);
    before = await collectCaseRows(sender.vault.db(), caseId, [clientId]);
    file = join(dir, 'out', 'devir.emanet-handover');
  });
  afterAll(async () => {
    await sender.dispose();
    await recipient.dispose();
    await stranger.dispose();
    await cleanup();
  });

  it('hands a case over: sealed to a trusted colleague, read-only at the sender, identical at the recipient, shredded after the code', async () => {
    const senderKey = await sender.handover.myKey();
    const recipientKey = await recipient.handover.myKey();
    const strangerKey = await stranger.handover.myKey();
    expect(senderKey.words.split(' ')).toHaveLength(8);

    // Sealing to a key that is not trusted is refused.
    expect(
      await refusal(sender.handover.send({ caseId, to: recipientKey.fingerprint, copy: 'shred', out: file })),
    ).toBe('handoverKey.notTrusted');
    const trusted = await sender.handover.trust(JSON.stringify(recipientKey.file));
    expect(trusted.words).toBe(recipientKey.words);
    expect(await refusal(sender.handover.trust(JSON.stringify(senderKey.file)))).toBe('handoverKey.ownKey');
    const altered = { ...recipientKey.file, x25519: strangerKey.file.x25519 };
    expect(await refusal(sender.handover.trust(JSON.stringify(altered)))).toBe('handoverKey.badSignature');

    await import('node:fs/promises').then((fs) => fs.mkdir(join(dir, 'out')));
    const sent = await sender.handover.send({ caseId, to: recipientKey.fingerprint, copy: 'shred', out: file });
    expect(sent.documents).toBe(2);
    expect(sent.records).toBe(Object.values(before).reduce((s, rows) => s + rows.length, 0));
    expect(sent.records).toBeGreaterThan(15);

    // The file says nothing without the recipient's vault: no name, id or text.
    const bytes = await readFile(file);
    expect(bytes.length).toBe(sent.bytes);
    for (const needle of [
      CANARIES.clientName,
      CANARIES.noteText,
      CANARIES.documentText,
      caseId,
      clientId,
      sent.handoverId,
      'Mariam',
    ])
      expect(bytes.includes(Buffer.from(needle)), needle).toBe(false);

    // The sender's copy is read-only: the database refuses any change to the case.
    const edit = await sender.invoke(
      'notes:add',
      { caseId, body: 'yeni not' },
      { origin: 'app://emanet', trusted: true },
    );
    expect(edit.ok ? 'OK' : [edit.error.code, edit.error.details]).toEqual(['CONFLICT', ['case.handedOver']]);
    expect((await sender.handover.statusOf(caseId))?.copy).toBe('shred');

    // The recipient does not trust the sender yet.
    expect(await refusal(recipient.handover.receive(file))).toBe('handover.untrustedSender');
    await recipient.handover.trust(JSON.stringify(senderKey.file));
    // Another recipient's vault cannot open it, even trusting the sender.
    await stranger.handover.trust(JSON.stringify(senderKey.file));
    expect(await refusal(stranger.handover.receive(file))).toBe('handover.wrongRecipient');
    // A flipped byte anywhere in the body, or in the header's key.
    for (const at of [Math.floor(bytes.length / 2), bytes.length - 1, bytes.indexOf('"ephemeralKey":"') + 20]) {
      const damaged = Buffer.from(bytes);
      damaged[at] = damaged[at]! ^ 0x01;
      const path = join(dir, `damaged-${at}`);
      await writeFile(path, damaged);
      expect(await refusal(recipient.handover.receive(path)), `byte ${at}`).toBe('handover.tampered');
    }
    // Nothing was left behind by the refused attempts.
    expect(await recipient.vault.db().selectFrom('legal_case').select('id').execute()).toEqual([]);
    expect(await recipient.vault.db().selectFrom('document_version').select('id').execute()).toEqual([]);

    const preview = await recipient.handover.preview(file);
    expect(preview).toMatchObject({ caseId, documents: 2, records: sent.records, senderWords: senderKey.words });
    expect(preview.clients).toEqual([expect.objectContaining({ id: clientId, existsHere: false, matches: [] })]);

    const received = await recipient.handover.receive(file);
    expect(received).toMatchObject({ caseId, documents: 2, records: sent.records, handoverId: sent.handoverId });
    expect(received.confirmationCode).toMatch(/^\d{4}-\d{4}-\d{4}$/);
    // Every record identical (document versions differ only in their storage name and key).
    expect(await collectCaseRows(recipient.vault.db(), caseId, [clientId])).toEqual(before);
    expect(await documentHashes(recipient, documentIds)).toEqual(await documentHashes(sender, documentIds));
    // Deadlines and reminders arrive active; the case is searchable and writable here.
    const deadlines = (await call(recipient, 'deadlines:list', { caseId })).deadlines;
    expect(deadlines).toHaveLength(2);
    expect(deadlines.every((d) => d.doneAt === null)).toBe(true);
    const reminders = await recipient.vault
      .db()
      .selectFrom('case_reminder')
      .select('done_at')
      .where('case_id', '=', caseId)
      .execute();
    expect(reminders.length).toBeGreaterThan(0);
    expect(reminders.every((r) => r.done_at === null)).toBe(true);
    expect((await call(recipient, 'agenda:get', { days: 30 })).items.length).toBeGreaterThan(0);
    expect((await call(recipient, 'search:query', { query: CANARIES.noteText, limit: 5 })).results).toHaveLength(1);
    await call(recipient, 'notes:add', { caseId, body: 'devralındı' });
    // Audit entries on both sides: ids and counts only.
    const audit = await recipient.vault
      .db()
      .selectFrom('audit_event')
      .selectAll()
      .where('entity', 'in', ['case', 'handover'])
      .execute();
    expect(audit.map((e) => [e.action, e.entity, e.entity_id])).toEqual(
      expect.arrayContaining([
        ['created', 'case', caseId],
        ['created', 'handover', sent.handoverId],
      ]),
    );
    // The same file again is a replay.
    expect(await refusal(recipient.handover.receive(file))).toBe('handover.replayed');

    // The sender enters the code read back: a wrong one is refused, the right one shreds.
    expect(await refusal(sender.handover.confirm(sent.handoverId, '0000-0000-0000'))).toBe('handover.badConfirmation');
    expect(await sender.handover.confirm(sent.handoverId, received.confirmationCode)).toEqual({
      shredded: true,
      documents: 2,
    });
    const db = sender.vault.db();
    expect(await db.selectFrom('legal_case').select('id').where('id', '=', caseId).execute()).toEqual([]);
    expect(await db.selectFrom('client').select('id').where('id', '=', clientId).execute()).toEqual([]);
    const paths = vaultPaths(join(dir, 'sender'));
    expect((await stat(paths.database + '-wal').catch(() => ({ size: 0 }))).size).toBe(0);
    const key = Buffer.from(sender.vault.borrowDatabaseKey());
    await sender.lock();
    for (const canary of [CANARIES.clientName, CANARIES.noteText, CANARIES.documentText])
      expect(await filesContaining(join(dir, 'sender'), canary), canary).toEqual([]);
    const after = await decryptedCopy(paths.database, key, join(dir, 'after.db'));
    for (const canary of [CANARIES.clientName, CANARIES.noteText, CANARIES.documentText])
      expect({ canary, found: after.includes(Buffer.from(canary)) }).toEqual({ canary, found: false });
    // The other case is untouched.
    expect(after.includes(Buffer.from('kinci dosya notu'))).toBe(true);
    key.fill(0);
  });

  it('keeps a read-only copy when asked, and attaches the case to a client the recipient already has', async () => {
    await call(sender, 'vault:unlock', { passphrase: STRONG_PASSPHRASE });
    const other = seeded.caseIds[1]!;
    const otherClient = (await call(sender, 'cases:get', { id: other })).clients[0]!.id;
    // The recipient already represents this person, under a transliterated spelling.
    const existing = await call(recipient, 'intake:create', {
      client: { givenName: 'Sukru', familyName: 'Ozturk', nationality: 'SY' },
      case: { type: 'removal-appeal', status: 'active', openedOn: '2026-10-01' },
    });
    const recipientKey = await recipient.handover.myKey();
    const out = join(dir, 'out', 'second');
    const sent = await sender.handover.send({ caseId: other, to: recipientKey.fingerprint, copy: 'read-only', out });
    const preview = await recipient.handover.preview(out);
    expect(preview.clients).toHaveLength(1);
    expect(preview.clients[0]!.matches.map((m) => m.id)).toContain(existing.clientId);
    // An unknown target is refused and leaves nothing.
    await expect(
      recipient.handover.receive(out, { [otherClient]: '00000000-0000-4000-8000-000000000000' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await recipient.vault.db().selectFrom('legal_case').select('id').where('id', '=', other).execute()).toEqual(
      [],
    );
    const received = await recipient.handover.receive(out, { [otherClient]: existing.clientId });
    const db = recipient.vault.db();
    expect(await db.selectFrom('case_client').select('client_id').where('case_id', '=', other).execute()).toEqual([
      { client_id: existing.clientId },
    ]);
    expect(await db.selectFrom('client').select('id').where('id', '=', otherClient).execute()).toEqual([]);
    // The sender keeps a read-only copy: the code marks it confirmed, nothing is deleted.
    expect(await sender.handover.confirm(sent.handoverId, received.confirmationCode)).toEqual({
      shredded: false,
      documents: 0,
    });
    expect((await call(sender, 'cases:get', { id: other })).id).toBe(other);
    const edit = await sender.invoke(
      'notes:add',
      { caseId: other, body: 'x' },
      { origin: 'app://emanet', trusted: true },
    );
    expect(codeOf(edit)).toBe('CONFLICT');
  });

  it('takes back a handover the colleague has not confirmed: the case is editable again; a confirmed one stays', async () => {
    await call(sender, 'vault:unlock', { passphrase: STRONG_PASSPHRASE });
    const trusted = { origin: 'app://emanet', trusted: true } as const;
    const recipientKey = await recipient.handover.myKey();
    // A third case, handed over read-only and never confirmed (the file was lost on the way).
    const fresh = await call(sender, 'intake:create', {
      client: { givenName: 'Yusuf', familyName: 'Haidari', nationality: 'AF' },
      case: { type: 'removal-appeal', status: 'active', openedOn: '2026-11-01' },
    });
    const sent = await sender.handover.send({
      caseId: fresh.caseId,
      to: recipientKey.fingerprint,
      copy: 'read-only',
      out: join(dir, 'out', 'third'),
    });
    expect(codeOf(await sender.invoke('notes:add', { caseId: fresh.caseId, body: 'x' }, trusted))).toBe('CONFLICT');

    const withdrawn = await sender.invoke('handover:withdraw', { handoverId: sent.handoverId }, trusted);
    expect(withdrawn.ok).toBe(true);
    expect(await sender.handover.statusOf(fresh.caseId)).toBeNull();
    expect((await sender.invoke('notes:add', { caseId: fresh.caseId, body: 'x' }, trusted)).ok).toBe(true);
    const audit = await sender.vault
      .db()
      .selectFrom('audit_event')
      .select(['action', 'entity'])
      .where('entity_id', '=', sent.handoverId)
      .execute();
    expect(audit).toContainEqual({ action: 'deleted', entity: 'handover' });
    // Withdrawn once is gone: a second try finds nothing.
    expect(codeOf(await sender.invoke('handover:withdraw', { handoverId: sent.handoverId }, trusted))).toBe(
      'NOT_FOUND',
    );

    // The previous test's handover was confirmed by the colleague: it cannot be taken back.
    const confirmed = await sender.vault
      .db()
      .selectFrom('handover_sent')
      .select('id')
      .where('state', '=', 'read-only')
      .where('confirmed_at', 'is not', null)
      .executeTakeFirstOrThrow();
    expect(await refusal(sender.handover.withdraw(confirmed.id))).toBe('handover.alreadyConfirmed');
    expect(await sender.handover.statusOf(seeded.caseIds[1]!)).not.toBeNull();
  });
});
