import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src-main/backend';
import { fakeClock } from '../../src-main/services/clock';
import { channelsOf, testBackend } from '../helpers/backend';
import { validForeignId } from '../helpers/identity';
import { folderContains, makeTempDir, STRONG_PASSPHRASE } from '../helpers/temp-vault';

describe('casefile through the router on a real SQLCipher vault', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let backend: Backend;
  const clock = fakeClock(Date.UTC(2026, 10, 28, 9, 0, 0));

  const { call, invoke } = channelsOf(() => backend);

  const intake = (givenName: string, familyName: string, extra: Record<string, unknown> = {}) =>
    call('intake:create', {
      client: {
        givenName,
        familyName,
        nationality: 'SY',
        languages: ['ar'],
        interpreter: { needed: true, language: 'ar' },
        ...extra,
      },
      case: { type: 'removal-appeal', status: 'active', openedOn: '2026-11-20' },
    });

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir());
    backend = testBackend({ vaultDir: dir, clock });
    await call('vault:create', { passphrase: STRONG_PASSPHRASE });
  });
  afterEach(async () => {
    await backend.dispose();
    await cleanup();
  });

  it('quick intake creates the client and the case together; lists and pages show them', async () => {
    const { clientId, caseId } = await intake('İsmail', 'El Hasan');
    const list = await call('clients:list', { offset: 0, limit: 50 });
    expect(list.total).toBe(1);
    expect(list.rows[0]).toMatchObject({
      id: clientId,
      givenName: 'İsmail',
      openCases: 1,
      totalCases: 1,
      nationality: 'SY',
      interpreterLanguage: 'ar',
    });
    const cases = await call('cases:list', { offset: 0, limit: 50 });
    expect(cases.rows[0]).toMatchObject({
      id: caseId,
      type: 'removal-appeal',
      clients: [{ id: clientId, name: 'İsmail El Hasan' }],
    });
    const page = await call('clients:get', { id: clientId });
    expect(page.client).toMatchObject({
      givenName: 'İsmail',
      familyName: 'El Hasan',
      interpreter: { needed: true, language: 'ar' },
    });
    expect(page.cases.map((c) => c.id)).toEqual([caseId]);
  });

  it('finds İsmail by ismail, ISMAIL, ısmail and İSMAİL, and Şükrü by sukru, with prefix matching', async () => {
    const { clientId } = await intake('İsmail', 'El Hasan');
    const { clientId: sukru } = await intake('Şükrü', 'Öztürk');
    for (const q of ['ismail', 'ISMAIL', 'ısmail', 'İSMAİL', 'isma']) {
      const found = await call('clients:list', { search: q, offset: 0, limit: 50 });
      expect({ q, ids: found.rows.map((r) => r.id) }).toEqual({ q, ids: [clientId] });
    }
    expect((await call('clients:list', { search: 'sukru ozt', offset: 0, limit: 50 })).rows.map((r) => r.id)).toEqual([
      sukru,
    ]);
    const everywhere = await call('search:query', { query: 'ismail', limit: 10 });
    expect(everywhere.results[0]).toMatchObject({ kind: 'client', id: clientId, title: 'İsmail El Hasan' });
    expect(everywhere.results[0]?.snippet.some((s) => s.hit && s.text === 'İsmail')).toBe(true);
  });

  it('sorts clients the Turkish way', async () => {
    for (const family of ['Şahin', 'Sarı', 'Çelik', 'Cem', 'İnce', 'Işık', 'Demir']) await intake('Ali', family);
    const list = await call('clients:list', { offset: 0, limit: 50, sort: 'name' });
    expect(list.rows.map((r) => r.familyName)).toEqual(['Cem', 'Çelik', 'Demir', 'Işık', 'İnce', 'Sarı', 'Şahin']);
  });

  it('refuses invalid input with field codes and saves nothing', async () => {
    const bad = await invoke('clients:create', {
      client: {
        givenName: 'Test',
        nationality: 'XX' as 'SY',
        identityNumbers: [{ kind: 'foreign-id', value: '99123456780' }],
      },
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.code).toBe('VALIDATION');
    expect(bad.error.details).toEqual(
      expect.arrayContaining([
        'client.nationality:country.unknown',
        'client.identityNumbers.0.value:identity.badChecksum',
      ]),
    );
    const future = await invoke('clients:create', {
      client: { givenName: 'Test', dateOfBirth: { precision: 'exact', date: '2026-12-01' } },
    });
    expect(future.ok ? [] : future.error.details).toContain('client.dateOfBirth.date:date.inFuture');
    expect((await call('clients:list', { offset: 0, limit: 10 })).total).toBe(0);
  });

  it('conflict check finds transliterated names and identity-number duplicates, with reasons', async () => {
    const foreignId = validForeignId(4455667);
    const { clientId } = await intake('Muhammed', 'El Hassan', {
      identityNumbers: [{ kind: 'foreign-id', value: foreignId }],
    });
    const byName = await call('conflicts:check', { givenName: 'Mohammad', familyName: 'Al-Hasan' });
    expect(byName.matches[0]).toMatchObject({ id: clientId, kind: 'client', name: 'Muhammed El Hassan' });
    expect(byName.matches[0]?.score).toBeGreaterThanOrEqual(0.85);
    const byId = await call('conflicts:check', {
      givenName: 'Completely Different',
      identityNumbers: [{ kind: 'foreign-id', value: foreignId }],
    });
    expect(byId.matches[0]).toMatchObject({ id: clientId, reasons: expect.arrayContaining(['identityNumberExact']) });
    // A client added later is in the index without a rebuild.
    const { clientId: later } = await intake('Hüseyin', 'Kaya');
    expect(
      (await call('conflicts:check', { givenName: 'Huseyin', familyName: 'Kaya' })).matches.map((m) => m.id),
    ).toContain(later);
  });

  it('detects a stale edit instead of overwriting, and the list shows a fresh edit', async () => {
    const { clientId } = await intake('Ayşe', 'Yıldız');
    const page = await call('clients:get', { id: clientId });
    const edited = await call('clients:update', {
      id: clientId,
      version: page.version,
      client: { ...page.client, familyName: 'Yıldırım' },
    });
    expect(edited.version).toBe(page.version + 1);
    // One index row per record, however often it is edited; the old name is no longer found.
    const rows = await sql<{ n: number }>`SELECT count(*) AS n FROM search_fts WHERE ref_id = ${clientId}`.execute(
      backend.vault.db(),
    );
    expect(Number(rows.rows[0]?.n)).toBe(1);
    expect((await call('clients:list', { search: 'yıldız', offset: 0, limit: 10 })).total).toBe(0);
    expect((await call('clients:list', { search: 'yıldırım', offset: 0, limit: 10 })).total).toBe(1);
    const stale = await invoke('clients:update', {
      id: clientId,
      version: page.version,
      client: { ...page.client, familyName: 'Eski' },
    });
    expect(stale.ok ? 'OK' : stale.error.code).toBe('CONFLICT');
    expect((await call('clients:list', { offset: 0, limit: 10 })).rows[0]?.familyName).toBe('Yıldırım');
  });

  it('keeps a timeline of notes, activities, tasks and time, newest first', async () => {
    const { caseId } = await intake('Fatma', 'Demir');
    await call('notes:add', { caseId, body: 'İlk görüşme' });
    clock.advance(60_000);
    const task = await call('tasks:add', { caseId, title: 'Dilekçe hazırla', dueOn: '2026-11-25' });
    await call('activities:add', {
      caseId,
      kind: 'removal-centre-visit',
      occurredOn: '2026-11-27',
      durationMinutes: 90,
      summary: 'Tuzla GGM ziyareti',
    });
    await call('time:add', { caseId, workedOn: '2026-11-26', minutes: 45, proBono: true });
    const items = (await call('timeline:list', { caseId })).items;
    expect(items.map((i) => i.type)).toEqual(['task', 'note', 'activity', 'time']);
    expect((await call('cases:list', { hasOverdueTask: true, offset: 0, limit: 10 })).total).toBe(1);
    await call('tasks:setDone', { id: task.id, version: 1, done: true });
    expect((await call('cases:list', { hasOverdueTask: true, offset: 0, limit: 10 })).total).toBe(0);
    // Two entries on the same day: the one entered later comes first.
    clock.advance(60_000);
    await call('activities:add', { caseId, kind: 'call', occurredOn: '2026-11-27', summary: 'ikinci' });
    const sameDay = (await call('timeline:list', { caseId })).items.filter((i) => i.type === 'activity');
    expect(sameDay.map((i) => (i.type === 'activity' ? i.summary : null))).toEqual(['ikinci', 'Tuzla GGM ziyareti']);
    const future = await invoke('activities:add', { caseId, kind: 'call', occurredOn: '2027-01-01' });
    expect(future.ok ? [] : future.error.details).toEqual(['occurredOn:date.inFuture']);
    expect((await call('search:query', { query: 'tuzla', limit: 5 })).results[0]).toMatchObject({
      kind: 'activity',
      caseId,
    });
  });

  it('trash: open cases need an explicit choice; restore brings both back; emptying deletes for real', async () => {
    const canary = 'Zzkanarya';
    const { clientId, caseId } = await intake(canary, 'Test');
    await call('notes:add', { caseId, body: `not ${canary}` });
    const refused = await invoke('clients:trash', { id: clientId });
    expect(refused.ok ? 'OK' : refused.error.code).toBe('CONFLICT');
    await call('clients:trash', { id: clientId, withOpenCases: true });
    expect((await call('clients:list', { offset: 0, limit: 10 })).total).toBe(0);
    expect((await call('cases:list', { offset: 0, limit: 10 })).total).toBe(0);
    expect((await call('search:query', { query: canary, limit: 5 })).results).toEqual([]);
    expect((await call('trash:list', {})).clients.map((c) => c.id)).toEqual([clientId]);
    await call('clients:restore', { id: clientId });
    expect((await call('cases:list', { offset: 0, limit: 10 })).total).toBe(1);

    await call('clients:trash', { id: clientId, withOpenCases: true });
    expect(await call('trash:empty', {})).toEqual({ clients: 1, cases: 1 });
    const db = backend.vault.db();
    for (const table of ['client', 'legal_case', 'case_note', 'case_client', 'search_fts', 'search_doc'] as const) {
      expect({
        table,
        n: Number((await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(db)).rows[0]?.n),
      }).toEqual({ table, n: 0 });
    }
    await backend.lock();
    expect(await folderContains(dir, canary)).toEqual([]);
  });

  it('a case may keep its own retention period; it decides when the closed case is due for deletion', async () => {
    const { caseId } = await intake('Nasrin', 'Haidari');
    const got = await call('cases:get', { id: caseId });
    const closed = {
      ...got.case,
      openedOn: '2021-03-01',
      status: 'closed' as const,
      closedOn: '2022-01-10',
      closureReason: 'concluded' as const,
    };
    await call('cases:update', { id: caseId, version: got.version, case: closed });
    // The vault's default (10 years) keeps it until 2032.
    expect((await call('cases:dueForDeletion', {})).cases).toEqual([]);
    const again = await call('cases:get', { id: caseId });
    await call('cases:update', { id: caseId, version: again.version, case: { ...again.case, retentionYears: 2 } });
    expect((await call('cases:get', { id: caseId })).case.retentionYears).toBe(2);
    expect((await call('cases:dueForDeletion', {})).cases).toMatchObject([
      { id: caseId, retentionYears: 2, dueOn: '2024-01-10' },
    ]);
    const bad = await invoke('cases:update', {
      id: caseId,
      version: again.version + 1,
      case: { ...again.case, retentionYears: 0 },
    });
    expect(bad.ok ? [] : bad.error.details).toEqual(['case.retentionYears:retention.range']);
  });

  it('the audit log records casefile events by id, never by name', async () => {
    const { clientId, caseId } = await intake('Zeynep', 'Kılıç');
    await call('notes:add', { caseId, body: 'Zeynep ile görüşüldü' });
    const rows = await backend.vault.db().selectFrom('audit_event').selectAll().execute();
    expect(rows.map((r) => `${r.action}:${r.entity}`)).toEqual(
      expect.arrayContaining(['created:client', 'created:case', 'created:note']),
    );
    expect(rows.find((r) => r.entity === 'client')?.entity_id).toBe(clientId);
    expect(JSON.stringify(rows)).not.toMatch(/Zeynep|Kılıç|görüş/);
  });

  it('everything but the vault channels answers LOCKED after lock, and the conflict index is dropped', async () => {
    await intake('Omar', 'Haddad');
    await call('conflicts:check', { givenName: 'Omar' });
    await call('vault:lock', {});
    expect((await invoke('conflicts:check', { givenName: 'Omar' })).ok).toBe(false);
    await call('vault:unlock', { passphrase: STRONG_PASSPHRASE });
    expect((await call('conflicts:check', { givenName: 'Omar', familyName: 'Haddad' })).matches).toHaveLength(1);
  });
});
