import { expect } from 'vitest';
import type { Backend } from '../../../src-main/backend';
import { fakeClock } from '../../../src-main/services/clock';
import { channelsOf, testBackend } from '../../helpers/backend';
import { makeTempDir, STRONG_PASSPHRASE } from '../../helpers/temp-vault';

/** Local wall-clock time, so "today" is the machine's day. */
export const local = (iso: string) => new Date(iso).getTime();

/** The client of every casework test: names that must never reach the audit log. */
export const CLIENT = { givenName: 'Abdullah', familyName: 'Rahimi', nationality: 'AF' } as const;

/** A vault with one client and one removal-appeal case, on 2027-05-12 at 10:00. */
export async function caseworkVault() {
  const { dir, cleanup } = await makeTempDir('emanet-casework-');
  const clock = fakeClock(local('2027-05-12T10:00:00'));
  const backend: Backend = testBackend({ vaultDir: dir, clock });
  const { call, invoke } = channelsOf(() => backend);
  await call('vault:create', { passphrase: STRONG_PASSPHRASE });
  const { clientId, caseId } = await call('intake:create', {
    client: CLIENT,
    case: { type: 'removal-appeal', status: 'active', openedOn: '2027-05-12' },
  });
  return {
    dir,
    backend,
    clock,
    call,
    invoke,
    clientId,
    caseId,
    async audit() {
      return backend.vault.db().selectFrom('audit_event').selectAll().orderBy('id').execute();
    },
    async dispose() {
      await backend.dispose();
      await cleanup();
    },
  };
}

export type CaseworkVault = Awaited<ReturnType<typeof caseworkVault>>;

/** The audit log says what happened to which id, and never a name or any text typed. */
export async function expectAuditWithoutText(v: CaseworkVault, ...typed: string[]): Promise<void> {
  const text = JSON.stringify(await v.audit());
  for (const word of [CLIENT.givenName, CLIENT.familyName, ...typed]) expect(text).not.toContain(word);
}

/** The audit entries for one record id, as `action entity`. */
export async function auditOf(v: CaseworkVault, id: string): Promise<string[]> {
  return (await v.audit()).filter((e) => e.entity_id === id).map((e) => `${e.action} ${e.entity}`);
}
