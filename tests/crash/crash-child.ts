/**
 * The process the crash harness kills. It opens a vault through the real services and writes
 * clients, notes and documents in a loop, printing `COMMITTED <kind> <id> [sha256]` only after a
 * write's transaction returned: every line is a promise the vault must keep after a SIGKILL.
 *
 *   node --import tsx tests/crash/crash-child.ts VAULT_DIR CASE_ID   (passphrase in EMANET_PASSPHRASE)
 */
import { createHash, randomBytes } from 'node:crypto';
import { writeSync } from 'node:fs';
import { createCasefile } from '../../src-main/services/casefile';
import { systemClock } from '../../src-main/services/clock';
import { createDocumentService } from '../../src-main/services/documents';
import { createVaultService } from '../../src-main/services/vault-service';
import { vaultPaths } from '../../src-main/storage/vault-paths';

const [vaultDir, caseId] = process.argv.slice(2);
if (!vaultDir || !caseId) throw new Error('usage: crash-child VAULT_DIR CASE_ID');
const paths = vaultPaths(vaultDir);
const vault = createVaultService({ paths, clock: systemClock });
await vault.unlock(process.env.EMANET_PASSPHRASE ?? '');
const deps = { db: () => vault.db(), clock: systemClock };
const casefile = createCasefile(deps);
// 1 KiB chunks: even small documents span several chunks, so a kill can land between any two.
const documents = createDocumentService({ ...deps, documentsDir: paths.documents, chunkSize: 1024 });

// Synchronous writes: a line is out of the process before the next write starts.
const say = (line: string) => writeSync(1, line + '\n');
say('READY');

for (let i = 0; ; i++) {
  switch (i % 3) {
    case 0: {
      const { id } = await casefile.clients.create({ givenName: `Ad${i}`, familyName: `Soyad${i}`, nationality: 'SY' });
      say(`COMMITTED client ${id}`);
      break;
    }
    case 1: {
      const { id } = await casefile.timeline.addNote(caseId, `Not ${i} ${randomBytes(8).toString('hex')}`);
      say(`COMMITTED note ${id}`);
      break;
    }
    default: {
      const bytes = randomBytes(1 + Math.floor(Math.random() * 24 * 1024));
      const added = await documents.add(
        { caseId, title: `Belge ${i}`, category: 'other' },
        { kind: 'bytes', chunks: [bytes], originalName: `b${i}.bin`, mediaType: 'application/octet-stream' },
      );
      const sha = createHash('sha256').update(bytes).digest('hex');
      if (sha !== added.sha256) throw new Error('hash mismatch in the child');
      say(`COMMITTED document ${added.id} ${sha}`);
    }
  }
}
