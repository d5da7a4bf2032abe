/**
 * A document export killed half-way (issue 11, item 10). Opens the vault through the real
 * services, starts exporting one version to DEST, and SIGKILLs itself as soon as the export's
 * temp file next to DEST holds its first decrypted bytes, and nothing of this
 * process runs again to remove it. Prints `TEMP <name>` just before; `DONE` would mean the
 * export finished first (the test then fails rather than passing vacuously).
 *
 *   node --import tsx tests/crash/export-child.ts VAULT_DIR VERSION_ID DEST   (passphrase in EMANET_PASSPHRASE)
 */
import { statSync, watch, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { systemClock } from '../../src-main/services/clock';
import { createDocumentService } from '../../src-main/services/documents';
import { createVaultService } from '../../src-main/services/vault-service';
import { vaultPaths } from '../../src-main/storage/vault-paths';

const [vaultDir, versionId, dest] = process.argv.slice(2);
if (!vaultDir || !versionId || !dest) throw new Error('usage: export-child VAULT_DIR VERSION_ID DEST');
const paths = vaultPaths(vaultDir);
const vault = createVaultService({ paths, clock: systemClock });
await vault.unlock(process.env.EMANET_PASSPHRASE ?? '');
const documents = createDocumentService({ db: () => vault.db(), clock: systemClock, documentsDir: paths.documents });

// The export awaits every read and write it makes, so this runs while it is still writing:
// once the temp file holds decrypted bytes, the process dies.
watch(dirname(dest), (_event, name) => {
  if (typeof name !== 'string' || !name.endsWith('.tmp')) return;
  if ((statSync(join(dirname(dest), name), { throwIfNoEntry: false })?.size ?? 0) === 0) return;
  writeSync(1, `TEMP ${basename(name)}\n`);
  process.kill(process.pid, 'SIGKILL');
});
await documents.export(versionId, dest, { overwrite: false });
writeSync(1, 'DONE\n');
process.exit(0);
