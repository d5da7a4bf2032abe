/**
 * Child process for key-memory.test.ts: a whole session through the backend (create, lock,
 * unlock, records, a backup and its verification, the recovery key), then lock, two forced
 * garbage collections (--expose-gc), and "LOCKED" on stdout. The parent then reads this process's
 * memory through /proc/<pid>/mem while we wait on stdin.
 *
 * The control value arrives XOR-masked in argv, so its plain bytes exist only where this process
 * builds them (a Buffer and its hex string, the way the old code built the key's hex string); the
 * parent must find both while we still reference them, or its scan proves nothing.
 */
import { join } from 'node:path';
import { backupVault, verifyBackup } from '../../../src-main/services/backup';
import { fakeClock } from '../../../src-main/services/clock';
import { vaultPaths } from '../../../src-main/storage/vault-paths';
import { STRONG_PASSPHRASE } from '../../helpers/temp-vault';
import { call, openBackend } from '../backup-helpers';

const [workDir, maskHex, maskedHex] = process.argv.slice(2) as [string, string, string];
const control = Buffer.from(maskedHex, 'hex');
const mask = Buffer.from(maskHex, 'hex');
for (let i = 0; i < control.length; i++) control[i] = (control[i] ?? 0) ^ (mask[i] ?? 0);
const controlHex = control.toString('hex');

const vaultDir = join(workDir, 'vault');
const backend = openBackend(vaultDir);
const { recoveryKey } = await call(backend, 'vault:create', { passphrase: STRONG_PASSPHRASE });
await call(backend, 'vault:lock', {});
await call(backend, 'vault:unlock', { passphrase: STRONG_PASSPHRASE });
const { caseId } = await call(backend, 'intake:create', {
  client: { givenName: 'Ayşe', familyName: 'Yılmaz' },
  case: { type: 'removal-appeal', status: 'active', openedOn: '2026-10-02' },
});
await call(backend, 'notes:add', { caseId, body: 'Görüşme notu' });
const backupFile = join(workDir, 'vault.emanet-backup');
await backupVault(backend.vault, vaultPaths(vaultDir), fakeClock(), backupFile);
await verifyBackup(backupFile, { kind: 'passphrase', value: STRONG_PASSPHRASE });
await call(backend, 'vault:lock', {});
await call(backend, 'vault:unlockWithRecoveryKey', { recoveryKey });
await call(backend, 'search:query', { query: 'Ayşe' });
await call(backend, 'vault:lock', {});

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
gc();
gc();
process.stdout.write('LOCKED\n');
process.stdin.once('data', () => {
  // Referenced until here, so the control is alive during the scan.
  process.stdout.write(`${controlHex.length + control.length}\n`);
  process.exit(0);
});
