// Issue 14 step 3: edit and delete (to the trash, restorable) for activities, tasks, time
// entries, persons, hearings and deadlines; documents' title and category. Each through the
// router, checking the backend state and that the audit log names no one.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeOf } from '../../helpers/backend';
import { auditOf, caseworkVault, expectAuditWithoutText, type CaseworkVault } from './helpers';

describe('correcting and deleting what the lawyer entered', () => {
  let v: CaseworkVault;
  beforeEach(async () => {
    v = await caseworkVault();
  });
  afterEach(async () => {
    await v.dispose();
  });

  const timeline = async () => (await v.call('timeline:list', { caseId: v.caseId })).items;
  const search = async (q: string) => (await v.call('search:query', { query: q })).results.map((r) => r.id);

  it('activities, tasks and time entries: edited with their version, trashed, and restored as they were', async () => {
    const { caseId } = v;
    const a = await v.call('activities:add', {
      caseId,
      kind: 'call',
      occurredOn: '2027-05-10',
      summary: 'Müvekkille görüşme',
    });
    const t = await v.call('tasks:add', { caseId, title: 'Dilekçe', dueOn: '2027-05-14' });
    const w = await v.call('time:add', { caseId, workedOn: '2027-05-11', minutes: 30, proBono: true });

    await v.call('activities:update', {
      id: a.id,
      version: 1,
      kind: 'meeting',
      occurredOn: '2027-05-11',
      summary: 'Tercümanla toplantı',
    });
    await v.call('tasks:update', { id: t.id, version: 1, title: 'Dava dilekçesi', dueOn: '2027-05-13' });
    await v.call('time:update', {
      id: w.id,
      version: 1,
      workedOn: '2027-05-11',
      minutes: 45,
      description: 'Hazırlık',
      proBono: false,
    });
    expect(await timeline()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: a.id, version: 2, kind: 'meeting', summary: 'Tercümanla toplantı' }),
        expect.objectContaining({ id: t.id, version: 2, title: 'Dava dilekçesi', dueOn: '2027-05-13' }),
        expect.objectContaining({ id: w.id, version: 2, minutes: 45, proBono: false }),
      ]),
    );
    // The search index follows the edit.
    expect(await search('tercümanla')).toContain(a.id);
    expect(await search('müvekkille')).not.toContain(a.id);
    expect(codeOf(await v.invoke('tasks:update', { id: t.id, version: 1, title: 'x' }))).toBe('CONFLICT');
    const future = await v.invoke('activities:update', {
      id: a.id,
      version: 2,
      kind: 'call',
      occurredOn: '2027-06-01',
    });
    expect(future.ok ? [] : future.error.details).toEqual(['occurredOn:date.inFuture']);

    // The case's next task date follows the task into the trash and back.
    const nextDue = async () =>
      (
        await v.backend.vault
          .db()
          .selectFrom('legal_case')
          .select('next_task_due')
          .where('id', '=', caseId)
          .executeTakeFirstOrThrow()
      ).next_task_due;
    expect(await nextDue()).toBe('2027-05-13');
    for (const [entity, id] of [
      ['activity', a.id],
      ['task', t.id],
      ['time-entry', w.id],
    ] as const)
      await v.call('records:trash', { entity, id });
    expect(await timeline()).toEqual([]);
    expect(await search('tercümanla')).toEqual([]);
    expect(await nextDue()).toBeNull();
    expect((await v.call('records:trashList', { caseId })).records.map((r) => [r.entity, r.label])).toEqual(
      expect.arrayContaining([
        ['activity', '2027-05-11 Tercümanla toplantı'],
        ['task', 'Dava dilekçesi'],
        ['time-entry', '2027-05-11 · 45 min Hazırlık'],
      ]),
    );

    // Undo: back with the same id, version and content.
    expect(await v.call('records:restore', { id: t.id })).toEqual({ entity: 'task', caseId });
    await v.call('records:restore', { id: a.id });
    await v.call('records:restore', { id: w.id });
    expect(await timeline()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: a.id, version: 2, summary: 'Tercümanla toplantı' }),
        expect.objectContaining({ id: t.id, version: 2, title: 'Dava dilekçesi' }),
        expect.objectContaining({ id: w.id, version: 2, minutes: 45 }),
      ]),
    );
    expect(await search('tercümanla')).toContain(a.id);
    expect(await nextDue()).toBe('2027-05-13');
    expect((await v.call('records:trashList', { caseId })).records).toEqual([]);
    expect(codeOf(await v.invoke('records:restore', { id: t.id }))).toBe('NOT_FOUND');
    expect(codeOf(await v.invoke('records:trash', { entity: 'task', id: a.id }))).toBe('NOT_FOUND');

    expect(await auditOf(v, t.id)).toEqual(['created task', 'updated task', 'deleted task', 'restored task']);
    expect(await auditOf(v, w.id)).toEqual([
      'created time-entry',
      'updated time-entry',
      'deleted time-entry',
      'restored time-entry',
    ]);
    await expectAuditWithoutText(v, 'Tercüman', 'Müvekkille', 'Dilekçe', 'dilekçesi', 'Hazırlık');
  });

  it('persons: edited (search and conflict check follow), trashed and restored', async () => {
    const { caseId } = v;
    const p = await v.call('persons:add', { caseId, role: 'relative', name: 'Mariam Rahimi' });
    await v.call('persons:update', {
      id: p.id,
      version: 1,
      role: 'witness',
      name: 'Maryam Rahimi',
      identityNumber: 'P1234567',
    });
    expect((await v.call('persons:list', { caseId })).persons).toMatchObject([
      { id: p.id, version: 2, role: 'witness', name: 'Maryam Rahimi', identityNumber: 'P1234567' },
    ]);
    expect(await search('maryam')).toContain(p.id);
    const conflict = async () =>
      (await v.call('conflicts:check', { givenName: 'Maryam', familyName: 'Rahimi' })).matches.map((m) => m.id);
    expect(await conflict()).toContain(p.id);
    await v.call('records:trash', { entity: 'person', id: p.id });
    expect((await v.call('persons:list', { caseId })).persons).toEqual([]);
    expect(await search('maryam')).toEqual([]);
    expect(await conflict()).not.toContain(p.id);
    await v.call('records:restore', { id: p.id });
    expect(await conflict()).toContain(p.id);
    expect(await auditOf(v, p.id)).toEqual(['created person', 'updated person', 'deleted person', 'restored person']);
    await expectAuditWithoutText(v, 'Mariam', 'Maryam', 'P1234567');
  });

  it('hearings and deadlines go to the trash with their history and come back with it', async () => {
    const { caseId } = v;
    const h = await v.call('hearings:add', { caseId, kind: 'hearing', startsAt: '2027-05-20T10:30' });
    await v.call('hearings:update', {
      id: h.id,
      version: 1,
      kind: 'e-hearing',
      court: 'Ankara 2. İdare Mahkemesi',
      hall: 'SEGBİS',
    });
    await v.call('hearings:postpone', { id: h.id, version: 2, startsAt: '2027-06-01T10:00', reason: 'Mazeret' });
    expect((await v.call('hearings:list', { caseId })).hearings[0]).toMatchObject({
      kind: 'e-hearing',
      hall: 'SEGBİS',
      version: 3,
    });

    const d = await v.call('deadlines:add', {
      caseId,
      ruleId: 'removal-appeal',
      start: { kind: 'notification', date: '2027-05-06' },
    });
    const linked = await v.call('tasks:add', { caseId, title: 'Bağlı görev' });
    await v.backend.vault
      .db()
      .updateTable('case_task')
      .set({ deadline_id: d.id })
      .where('id', '=', linked.id)
      .execute();
    await v.call('deadlines:update', { id: d.id, version: 1, dueOn: '2027-05-12', reason: 'Kalem teyidi' });
    const before = (await v.call('deadlines:list', { caseId })).deadlines;
    const beforeDetails = (await v.call('deadlines:details', { caseId })).deadlines;

    await v.call('records:trash', { entity: 'hearing', id: h.id });
    // The existing channel for deleting a deadline goes to the trash too.
    await v.call('deadlines:remove', { id: d.id });
    expect((await v.call('hearings:list', { caseId })).hearings).toEqual([]);
    expect((await v.call('deadlines:list', { caseId })).deadlines).toEqual([]);
    const agenda = await v.call('agenda:get', { days: 60 });
    expect(agenda.items.filter((i) => i.id === h.id || i.id === d.id)).toEqual([]);

    await v.call('records:restore', { id: d.id });
    await v.call('records:restore', { id: h.id });
    expect((await v.call('deadlines:list', { caseId })).deadlines).toEqual(before);
    expect((await v.call('deadlines:details', { caseId })).deadlines).toEqual(beforeDetails);
    expect((await v.call('hearings:details', { caseId })).hearings[0]?.postponements).toHaveLength(1);
    const task = await v.backend.vault
      .db()
      .selectFrom('case_task')
      .select('deadline_id')
      .where('id', '=', linked.id)
      .executeTakeFirst();
    expect(task?.deadline_id).toBe(d.id);

    // Emptying the trash deletes for good.
    await v.call('records:trash', { entity: 'hearing', id: h.id });
    await v.call('trash:empty', {});
    expect((await v.call('records:trashList', {})).records).toEqual([]);
    expect(codeOf(await v.invoke('records:restore', { id: h.id }))).toBe('NOT_FOUND');
    expect(await auditOf(v, h.id)).toEqual([
      'created hearing',
      'updated hearing',
      'updated hearing',
      'deleted hearing',
      'restored hearing',
      'deleted hearing',
    ]);
    await expectAuditWithoutText(v, 'Ankara', 'SEGBİS', 'Mazeret', 'Kalem');
  });

  it('a document’s title and category are corrected; search finds the new title', async () => {
    const path = join(v.dir, 'karar.txt');
    await writeFile(path, 'Sınır dışı etme kararı metni');
    const added = await v.backend.documents.add(
      { caseId: v.caseId, title: 'Tarama 1', category: 'other' },
      { kind: 'file', path },
    );
    const [doc] = (await v.call('documents:list', { caseId: v.caseId })).documents;
    const edited = await v.call('documents:updateMeta', {
      id: added.id,
      version: doc!.version,
      title: 'Sınır dışı kararı',
      category: 'decision',
    });
    expect((await v.call('documents:list', { caseId: v.caseId })).documents[0]).toMatchObject({
      title: 'Sınır dışı kararı',
      category: 'decision',
      version: edited.version,
    });
    expect(await search('sınır dışı kararı')).toContain(added.id);
    expect(await search('tarama')).not.toContain(added.id);
    // The file's own text stays searchable.
    expect(await search('metni')).toContain(added.id);
    const bad = await v.invoke('documents:updateMeta', {
      id: added.id,
      version: edited.version,
      title: 'x',
      category: 'no-such' as 'other',
    });
    expect(codeOf(bad)).toBe('VALIDATION');
    expect(await auditOf(v, added.id)).toEqual(['created document', 'updated document']);
    await expectAuditWithoutText(v, 'Tarama', 'Sınır dışı');
  });
});
