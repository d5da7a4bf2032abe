import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { calibrateCost, deriveKey, MIN_PRODUCTION_COST } from '../../src-main/crypto/kdf';
import { openVaultDatabase } from '../../src-main/db/connection';
import { openEncryptedDatabase } from '../../src-main/db/sqlcipher';

/**
 * Unlock = Argon2id (the deliberate cost) + opening SQLCipher (must stay small), and the price
 * of encryption on a small insert/select workload: SQLCipher against plain SQLite with the same
 * binding, measured in the same run so the ratio is fair on whatever machine runs it.
 */
const ROWS = 500;

function workload(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS note (id INTEGER PRIMARY KEY, case_id INTEGER, body TEXT, created TEXT)');
  db.exec('CREATE INDEX IF NOT EXISTS note_case ON note(case_id)');
  const insert = db.prepare('INSERT INTO note (case_id, body, created) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (let i = 0; i < ROWS; i++)
      insert.run(i % 50, `Görüşme notu ${i}: müvekkil ile geri gönderme merkezinde görüşüldü.`, '2026-11-28');
  })();
  const select = db.prepare('SELECT id, body FROM note WHERE case_id = ? ORDER BY id DESC LIMIT 20');
  for (let c = 0; c < 50; c++) select.all(c);
  db.exec('DELETE FROM note');
}

function plainDatabase(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('secure_delete = ON');
  return db;
}

export async function runVaultBench(): Promise<Array<{ name: string; medianMs: number; samples: number }>> {
  const dir = await mkdtemp(join(tmpdir(), 'emanet-bench-'));
  const key = randomBytes(32);
  try {
    const vaultDb = join(dir, 'open.db');
    await (await openVaultDatabase(vaultDb, key, { create: true })).close();
    const encrypted = openEncryptedDatabase(join(dir, 'enc.db'), key, { create: true });
    const plain = plainDatabase(join(dir, 'plain.db'));
    const salt = randomBytes(16).toString('base64');

    const slow = new Bench({ iterations: 5, time: 0, warmup: false });
    slow.add('unlock: Argon2id at the production floor (64 MiB, t=3)', async () => {
      (await deriveKey(Buffer.from('bench passphrase'), { alg: 'argon2id', ...MIN_PRODUCTION_COST, salt })).fill(0);
    });
    // What a new vault on this machine gets: calibration aims at about one second.
    const calibrated = await calibrateCost();
    slow.add(
      `unlock: Argon2id as calibrated here (${calibrated.memoryKiB / 1024} MiB, t=${calibrated.iterations})`,
      async () => {
        (await deriveKey(Buffer.from('bench passphrase'), { alg: 'argon2id', ...calibrated, salt })).fill(0);
      },
    );
    slow.add('unlock: open SQLCipher + migrations check', async () => {
      await (await openVaultDatabase(vaultDb, key, { create: false })).close();
    });
    await slow.run();

    const fast = new Bench({ iterations: 20, time: 500 });
    fast.add('workload: plain SQLite (baseline)', () => workload(plain));
    fast.add('workload: SQLCipher 4', () => workload(encrypted));
    await fast.run();
    encrypted.close();
    plain.close();

    return [...slow.tasks, ...fast.tasks].map((t) => {
      const result = t.result as { latency?: { p50?: number; samplesCount?: number } } | undefined;
      return { name: t.name, medianMs: result?.latency?.p50 ?? NaN, samples: result?.latency?.samplesCount ?? 0 };
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
