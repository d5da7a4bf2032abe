// Issue 16 step 3: petition drafts from the case through the router: missing data listed before
// generating, the filled .docx saved encrypted as a document of the case, a new version each time.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docxText } from '../../src-main/domain/petitions/docx';
import { codeOf } from '../helpers/backend';
import { caseworkVault, expectAuditWithoutText, type CaseworkVault } from './casework/helpers';

async function readNewest(v: CaseworkVault, documentId: string): Promise<Uint8Array> {
  const { versions } = await v.call('documents:versions', { documentId });
  const newest = versions.at(-1)!;
  const opened = await v.backend.documents.openStream(newest.id);
  const parts: Buffer[] = [];
  for await (const chunk of opened.chunks) parts.push(Buffer.from(chunk));
  return new Uint8Array(Buffer.concat(parts));
}

describe('petition drafts', () => {
  let v: CaseworkVault;
  beforeEach(async () => {
    v = await caseworkVault();
  });
  afterEach(async () => {
    await v.dispose();
  });

  it('lists what is missing, refuses to generate with a gap, then saves the draft as a case document', async () => {
    const { templates } = await v.call('petitions:templates', { caseId: v.caseId });
    expect(templates.map((t) => t.id)).toEqual([
      'removal-annulment',
      'detention-objection',
      'file-inspection',
      'poa-cover-letter',
    ]);
    await v.call('notifications:add', {
      caseId: v.caseId,
      subject: 'Sınır dışı etme kararı',
      recipient: 'client',
      method: 'hand',
      servedOn: '2027-05-10',
      deadline: { ruleId: 'removal-appeal' },
    });
    const prepared = await v.call('petitions:prepare', { caseId: v.caseId, templateId: 'removal-annulment' });
    const value = (f: string) => prepared.fields.find((x) => x.field === f)?.value;
    expect(value('clientName')).toBe('Abdullah Rahimi');
    expect(value('clientNationality')).toBe('Afganistan');
    expect(value('notificationDate')).toBe('2027-05-10');
    expect(value('deadlineDue')).toBe('2027-05-20');
    expect(value('today')).toBe('2027-05-12');
    expect(prepared.missing).toEqual(
      expect.arrayContaining(['courtName', 'authority', 'decisionDate', 'decisionNumber', 'lawyerName']),
    );

    const refused = await v.invoke('petitions:generate', {
      caseId: v.caseId,
      templateId: 'removal-annulment',
      values: { decisionDate: '2027-05-09' },
    });
    expect(refused.ok ? [] : refused.error.details).toContain('values.decisionNumber:petition.missing');
    expect((await v.call('documents:list', { caseId: v.caseId })).documents).toHaveLength(0);

    const values = Object.fromEntries(prepared.missing.map((f) => [f, f === 'decisionDate' ? '2027-05-09' : `[${f}]`]));
    const first = await v.call('petitions:generate', { caseId: v.caseId, templateId: 'removal-annulment', values });
    expect(first.versionNo).toBe(1);
    const docs = (await v.call('documents:list', { caseId: v.caseId })).documents;
    expect(docs).toMatchObject([{ id: first.documentId, category: 'petition' }]);
    const text = docxText(await readNewest(v, first.documentId));
    expect(text).toContain('DAVACI: Abdullah Rahimi, Afganistan uyruklu');
    expect(text).toContain('09.05.2027 tarihli ve [decisionNumber] sayılı sınır dışı etme kararının');
    expect(text).toContain('Hesaplanan dava açma süresinin son günü: 20.05.2027');
    expect(text).toContain('TEBLİĞ TARİHİ: 10.05.2027');
    expect(text).not.toMatch(/\{|\}/);

    // Generating again adds a version of the same document.
    const second = await v.call('petitions:generate', { caseId: v.caseId, templateId: 'removal-annulment', values });
    expect(second).toEqual({ documentId: first.documentId, versionNo: 2 });
    expect((await v.call('documents:list', { caseId: v.caseId })).documents).toHaveLength(1);
    await expectAuditWithoutText(v, 'Afganistan', 'decisionNumber');
  });

  it('refuses a template the case type does not offer, an unknown one, a bad date and a typed "today"', async () => {
    const other = await v.call('cases:createForClient', {
      clientId: v.clientId,
      case: { type: 'citizenship', status: 'active', openedOn: '2027-05-12' },
    });
    const notOffered = await v.invoke('petitions:prepare', { caseId: other.caseId, templateId: 'removal-annulment' });
    expect(notOffered.ok ? [] : notOffered.error.details).toEqual(['templateId:petition.unknownTemplate']);
    expect(codeOf(await v.invoke('petitions:prepare', { caseId: v.caseId, templateId: 'nope' }))).toBe('VALIDATION');
    const badDate = await v.invoke('petitions:generate', {
      caseId: v.caseId,
      templateId: 'poa-cover-letter',
      values: { courtName: 'X', courtFileNo: '2027/1', lawyerName: 'Y', place: 'Z', decisionDate: '09.05.2027' },
    });
    expect(badDate.ok ? [] : badDate.error.details).toEqual(['values.decisionDate:date.invalid']);
    const today = await v.invoke('petitions:generate', {
      caseId: v.caseId,
      templateId: 'poa-cover-letter',
      values: { today: '2020-01-01' } as never,
    });
    expect(codeOf(today)).toBe('VALIDATION');
  });
});
