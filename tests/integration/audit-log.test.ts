import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordAudit } from '../../src-main/services/audit-log';
import { fakeClock } from '../../src-main/services/clock';
import { createVaultService, type VaultService } from '../../src-main/services/vault-service';
import { vaultPaths } from '../../src-main/storage/vault-paths';
import { makeTempDir, STRONG_PASSPHRASE, TEST_KDF } from '../helpers/temp-vault';

describe('audit log', () => {
  let cleanup: () => Promise<void>;
  let vault: VaultService;
  const clock = fakeClock();

  beforeEach(async () => {
    const tmp = await makeTempDir();
    cleanup = tmp.cleanup;
    vault = createVaultService({ paths: vaultPaths(`${tmp.dir}/v`), clock, kdfCost: TEST_KDF });
  });
  afterEach(async () => {
    await vault.lock();
    await cleanup();
  });

  it('records creation, unlocks, locks and key exports with ids and times only', async () => {
    await vault.create(STRONG_PASSPHRASE);
    await vault.lock();
    await vault.unlock(STRONG_PASSPHRASE);
    await vault.recordKeyExport();
    const rows = await vault
      .db()
      .selectFrom('audit_event')
      .select(['action', 'entity', 'entity_id', 'at'])
      .orderBy('id')
      .execute();
    expect(rows.map((r) => `${r.action}:${r.entity}`)).toEqual([
      'created:vault',
      'locked:vault',
      'unlocked:vault',
      'exported:vault',
    ]);
    expect(rows.every((r) => r.entity_id === null && r.at === new Date(clock.now()).toISOString())).toBe(true);
  });

  it('refuses free text where an id belongs, and unknown actions', async () => {
    await vault.create(STRONG_PASSPHRASE);
    await expect(
      recordAudit(vault.db(), clock, { action: 'opened', entity: 'client', entityId: 'Ayşe Yılmaz' }),
    ).rejects.toThrow();
    await expect(
      recordAudit(vault.db(), clock, {
        action: 'gossip' as 'opened',
        entity: 'client',
        entityId: '1f0e4a52-8c1b-4c4e-9d43-0c9a8f1b2c3d',
      }),
    ).rejects.toThrow();
    await recordAudit(vault.db(), clock, {
      action: 'opened',
      entity: 'client',
      entityId: '1f0e4a52-8c1b-4c4e-9d43-0c9a8f1b2c3d',
    });
  });

  it('is append-only: updates and deletes are refused by the database itself', async () => {
    await vault.create(STRONG_PASSPHRASE);
    await expect(sql`UPDATE audit_event SET action = 'deleted'`.execute(vault.db())).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_event`.execute(vault.db())).rejects.toThrow(/append-only/);
    expect((await vault.db().selectFrom('audit_event').select('id').execute()).length).toBe(1);
  });
});
