import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { sql } from 'kysely';
import type { KdfCost } from '../../src-main/crypto/kdf';
import { createCasefile } from '../../src-main/services/casefile';
import { systemClock } from '../../src-main/services/clock';
import { createDocumentService } from '../../src-main/services/documents';
import { createVaultService } from '../../src-main/services/vault-service';
import { DOCUMENT_NAME } from '../../src-main/storage/document-store';
import { vaultPaths } from '../../src-main/storage/vault-paths';

const PASSPHRASE = 'kestane-vapur-Üsküdar-1923-mavi';
const TEST_KDF: KdfCost = { memoryKiB: 8192, iterations: 1, parallelism: 1 };
const CHILD = join(import.meta.dirname, 'crash-child.ts');
const TEMP_NAME = /^\.[0-9a-f]{24}\.tmp$/;

export interface CrashSummary {
  rounds: number;
  committed: number;
  /** Commits the child reported that the reopened vault did not have (must be 0). */
  lost: number;
  /** Documents present but failing verification, or with another hash than reported (must be 0). */
  unreadable: number;
  /** Rounds whose integrity_check was not 'ok' (must be 0). */
  integrityFailures: number;
  /** Files in documents/ that are neither a document nor a temp file (must be 0). */
  strangers: number;
  /** Unreferenced files or temp files left by a kill; harmless, swept at the next unlock. */
  debris: number;
  problems: string[];
}

interface Commit {
  kind: 'client' | 'note' | 'document';
  id: string;
  sha256?: string;
}

/** Starts the child, kills it with SIGKILL `delayMs` after it is ready, returns what it reported. */
async function killedRun(vaultDir: string, caseId: string, delayMs: number): Promise<Commit[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, vaultDir, caseId], {
    env: { ...process.env, EMANET_PASSPHRASE: PASSPHRASE },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const commits: Commit[] = [];
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  const lines = createInterface({ input: child.stdout });
  let timer: NodeJS.Timeout | undefined;
  lines.on('line', (line) => {
    if (line === 'READY') timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    const [word, kind, id, sha256] = line.split(' ');
    if (word === 'COMMITTED' && (kind === 'client' || kind === 'note' || kind === 'document') && id)
      commits.push({ kind, id, ...(sha256 ? { sha256 } : {}) });
  });
  await exited;
  clearTimeout(timer);
  if (timer === undefined) throw new Error(`crash child never became ready: ${stderr.slice(0, 500)}`);
  return commits;
}

/**
 * The kill -9 harness: a vault, a child writing through the services, SIGKILL at a random moment,
 * then a reopen that checks integrity, every reported commit and every document, `rounds` times.
 */
export async function runCrashRounds(
  workDir: string,
  rounds: number,
  options: { minDelayMs?: number; maxDelayMs?: number; onRound?: (round: number, s: CrashSummary) => void } = {},
): Promise<CrashSummary> {
  const vaultDir = join(workDir, 'vault');
  const paths = vaultPaths(vaultDir);
  const setup = createVaultService({ paths, clock: systemClock, kdfCost: TEST_KDF });
  await setup.create(PASSPHRASE);
  const { caseId } = await createCasefile({ db: () => setup.db(), clock: systemClock }).intake({
    client: { givenName: 'Kaza', familyName: 'Testi', nationality: 'SY' },
    case: { type: 'removal-appeal', status: 'active', openedOn: '2026-01-05' },
    otherClientIds: [],
  });
  await setup.lock();

  const summary: CrashSummary = {
    rounds: 0,
    committed: 0,
    lost: 0,
    unreadable: 0,
    integrityFailures: 0,
    strangers: 0,
    debris: 0,
    problems: [],
  };
  const all: Commit[] = [];
  const min = options.minDelayMs ?? 30;
  const max = options.maxDelayMs ?? 700;
  for (let round = 1; round <= rounds; round++) {
    all.push(...(await killedRun(vaultDir, caseId, min + Math.floor(Math.random() * (max - min)))));
    summary.committed = all.length;
    await checkVault(vaultDir, all, summary, round);
    summary.rounds = round;
    options.onRound?.(round, summary);
  }
  return summary;
}

async function checkVault(vaultDir: string, commits: Commit[], s: CrashSummary, round: number): Promise<void> {
  const paths = vaultPaths(vaultDir);
  const vault = createVaultService({ paths, clock: systemClock });
  await vault.unlock(PASSPHRASE);
  try {
    const db = vault.db();
    const check = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(db);
    if (check.rows.map((r) => r.integrity_check).join() !== 'ok') {
      s.integrityFailures++;
      s.problems.push(`round ${round}: integrity_check failed`);
    }
    const ids = async (table: 'client' | 'case_note' | 'document') =>
      new Set((await db.selectFrom(table).select('id').execute()).map((r) => r.id));
    const present = { client: await ids('client'), note: await ids('case_note'), document: await ids('document') };
    const hashes = new Map(
      (await db.selectFrom('document_version').select(['document_id', 'sha256']).execute()).map((r) => [
        r.document_id,
        r.sha256,
      ]),
    );
    let lost = 0;
    let unreadable = 0;
    for (const c of commits) {
      if (!present[c.kind].has(c.id)) {
        lost++;
        s.problems.push(`round ${round}: ${c.kind} ${c.id} reported committed but missing`);
      } else if (c.kind === 'document' && hashes.get(c.id) !== c.sha256) {
        unreadable++;
        s.problems.push(`round ${round}: document ${c.id} has another hash than reported`);
      }
    }
    const documents = createDocumentService({ db: () => db, clock: systemClock, documentsDir: paths.documents });
    for (const result of await documents.verify()) {
      if (!result.ok) {
        unreadable++;
        s.problems.push(`round ${round}: document ${result.id} fails verification`);
      }
    }
    const referenced = new Set(
      (await db.selectFrom('document_version').select('file_name').execute()).map((r) => r.file_name),
    );
    for (const name of await readdir(paths.documents).catch(() => [] as string[])) {
      if (TEMP_NAME.test(name) || (DOCUMENT_NAME.test(name) && !referenced.has(name))) s.debris++;
      else if (!DOCUMENT_NAME.test(name)) {
        s.strangers++;
        s.problems.push(`round ${round}: unexpected file in documents/`);
      }
    }
    // Lost and unreadable are counted against the whole history: keep the worst round's view.
    s.lost = Math.max(s.lost, lost);
    s.unreadable = Math.max(s.unreadable, unreadable);
    // What the app does at the next unlock (with no age limit here: the child is dead).
    await documents.sweep(0);
  } finally {
    await vault.lock();
  }
}
