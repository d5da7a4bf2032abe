// The handover channels through the router, as the screens use them: files come from the main
// process's dialogs (here answering with paths the test chose), the renderer never sends a path.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../src-main/backend';
import { fakeClock } from '../../src-main/services/clock';
import { callOn, codeOf, invokeOn, testBackend } from '../helpers/backend';
import { makeTempDir, STRONG_PASSPHRASE } from '../helpers/temp-vault';

describe('handover channels', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  const chosen: { open: string | null; save: string | null } = { open: null, save: null };
  let a: Backend;
  let b: Backend;

  const make = (name: string) =>
    testBackend({
      vaultDir: join(dir, name),
      clock: fakeClock(),
      saveDialog: () => Promise.resolve(chosen.save),
      openFilesDialog: () => Promise.resolve(chosen.open === null ? [] : [chosen.open]),
    });

  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir('emanet-handover-ipc-'));
    a = make('a');
    b = make('b');
    for (const backend of [a, b]) await callOn(backend, 'vault:create', { passphrase: STRONG_PASSPHRASE });
  });
  afterAll(async () => {
    await a.dispose();
    await b.dispose();
    await cleanup();
  });

  it('exchange keys, hand over, receive with the conflict choice, confirm with the code', async () => {
    // Each exports its key file and trusts the other's after seeing its words.
    for (const [from, to, name] of [
      [a, b, 'a.key'],
      [b, a, 'b.key'],
    ] as const) {
      chosen.save = join(dir, name);
      expect(await callOn(from, 'handover:exportKey', {})).toEqual({ saved: true });
      chosen.open = join(dir, name);
      const opened = await callOn(to, 'handover:openColleagueKey', {});
      if (opened.cancelled) throw new Error('cancelled');
      expect(opened.words).toBe((await callOn(from, 'handover:keys', {})).words);
      expect(await callOn(to, 'handover:trust', { fingerprint: opened.fingerprint })).toEqual({ words: opened.words });
    }
    const [colleague] = (await callOn(a, 'handover:keys', {})).colleagues;
    const intake = await callOn(a, 'intake:create', {
      client: { givenName: 'Abdullah', familyName: 'Rahimi', nationality: 'AF' },
      case: { type: 'removal-appeal', status: 'active', openedOn: '2026-11-20' },
    });
    const existing = await callOn(b, 'intake:create', {
      client: { givenName: 'Abdullah', familyName: 'Rahimi', nationality: 'AF' },
      case: { type: 'removal-appeal', status: 'active', openedOn: '2026-11-01' },
    });
    chosen.save = join(dir, 'devir.emanet-handover');
    const sent = await callOn(a, 'handover:send', {
      caseId: intake.caseId,
      to: colleague!.fingerprint,
      copy: 'read-only',
    });
    expect(sent).toMatchObject({ cancelled: false, documents: 0 });
    expect((await callOn(a, 'handover:status', { caseId: intake.caseId })).handover).toMatchObject({
      copy: 'read-only',
    });
    const edit = await invokeOn(a, 'notes:add', { caseId: intake.caseId, body: 'x' });
    expect(edit.ok ? [] : edit.error.details).toEqual(['case.handedOver']);

    chosen.open = chosen.save;
    const opened = await callOn(b, 'handover:openFile', {});
    if (opened.cancelled) throw new Error('cancelled');
    expect(opened.preview.clients[0]!.matches.map((m) => m.id)).toContain(existing.clientId);
    const received = await callOn(b, 'handover:receive', {
      attach: [{ fileClientId: intake.clientId, existingId: existing.clientId }],
    });
    expect(received.caseId).toBe(intake.caseId);
    // The file is forgotten once imported.
    expect(codeOf(await invokeOn(b, 'handover:receive', { attach: [] }))).toBe('NOT_FOUND');
    const wrong = await invokeOn(a, 'handover:confirm', { handoverId: received.handoverId, code: '0000-0000-0000' });
    expect(wrong.ok ? [] : wrong.error.details).toEqual(['handover.badConfirmation']);
    expect(
      await callOn(a, 'handover:confirm', { handoverId: received.handoverId, code: received.confirmationCode }),
    ).toEqual({
      shredded: false,
      documents: 0,
    });
  });
});
