/**
 * Frozen v1 fixtures for the backup, key-slot and report envelope formats (READMEs next to
 * them), produced once by the v1 code and committed. Every future version must keep reading
 * them: a format change adds a reader path and a new fixture, it never drops v1. Each fixture is
 * pinned by its SHA-256, so "fixing" a test by regenerating a file fails too.
 */
import { createHash, createPrivateKey } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keySlotFileSchema, unwrapMasterKey } from '../../../src-main/crypto/key-slots';
import { parseRecoveryKey } from '../../../src-main/crypto/recovery-key';
import { restoreBackup, verifyBackup } from '../../../src-main/services/backup';
import { openSealedReport } from '../../../src-main/services/reports/envelope';
import { lawyerFingerprint } from '../../../src-main/services/reports/key-store';
import { readOrgKeyFile } from '../../../src-main/services/reports/org-key-file';
import { legacyReportSchema } from '../../../src-main/shared/schemas/report';
import { makeTempDir, STRONG_PASSPHRASE } from '../../helpers/temp-vault';
import { call, documentHashes, openBackend } from '../backup-helpers';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const fixture = (...path: string[]) => readFile(join(FIXTURES, ...path));
const text = async (...path: string[]) => (await fixture(...path)).toString('utf8').trim();
const json = async <T>(...path: string[]): Promise<T> => JSON.parse(await text(...path)) as T;

/** `expected.json` next to each fixture. */
interface BackupExpected {
  vaultId: string;
  recoveryKey: string;
  clientId: string;
  caseId: string;
  documentId: string;
  documentSha256: string;
  fileSha256: string;
}
interface ReportExpected {
  period: string;
  k: number;
  lawyerFingerprint: string;
  reportSha256: string;
  fileSha256: string;
  orgKeyFileSha256: string;
}

/** Pinned here as well as in the fixture folders: both would have to change to regenerate. */
const PINNED = {
  keySlots: '5ded3204653e9685f815910c9d8d74c04d056de150333e7e16f43df1905c99ad',
  backup: '5a5dde3f82622824cd8216f9db001d5e2d9543a418d82f3fa3ac33718dceb20d',
  sealedReport: 'bef7c3bf33d01b9d98060982cd431fa0b60d0be8ea9de01617967da084a06306',
  orgKeyFile: 'c379d66c95761793cc7cc9b21f0075a28a5957380c19eeccbbb11e39d3207dc7',
};

describe('frozen v1 key-slot fixture', () => {
  it('is the committed file, and the passphrase and the recovery key still unwrap its master key', async () => {
    const bytes = await fixture('key-slots', 'keys.json');
    expect(sha256(bytes)).toBe(PINNED.keySlots);
    expect(await text('key-slots', 'keys.json.sha256')).toBe(PINNED.keySlots);
    const file = keySlotFileSchema.parse(JSON.parse(bytes.toString('utf8')));
    const masterKey = await text('key-slots', 'master-key.hex');
    const byPassphrase = await unwrapMasterKey(file, 'passphrase', Buffer.from(STRONG_PASSPHRASE.normalize('NFC')));
    expect(byPassphrase?.masterKey.toString('hex')).toBe(masterKey);
    // Cheap (8 MiB, one pass) and written before the floor was enforced: re-wrapped on unlock.
    expect(byPassphrase?.weakLegacy).toBe(true);
    const recoveryKey = parseRecoveryKey(await text('key-slots', 'recovery-key.txt'));
    const byRecovery = recoveryKey ? await unwrapMasterKey(file, 'recovery', Buffer.from(recoveryKey, 'utf8')) : null;
    expect(byRecovery?.masterKey.toString('hex')).toBe(masterKey);
  });
});

describe('frozen v1 backup fixture', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir('emanet-frozen-')));
  afterEach(() => cleanup());

  it('is the committed file; it verifies with the passphrase and the recovery key and restores every record', async () => {
    const file = join(FIXTURES, 'backups', 'v1.emanet-backup');
    const expected = await json<BackupExpected>('backups', 'expected.json');
    expect(sha256(await readFile(file))).toBe(PINNED.backup);
    expect(expected.fileSha256).toBe(PINNED.backup);
    const byPassphrase = await verifyBackup(file, { kind: 'passphrase', value: STRONG_PASSPHRASE });
    expect(byPassphrase).toMatchObject({ ok: true, vaultId: expected.vaultId, documents: 1 });
    const byRecovery = await verifyBackup(file, { kind: 'recovery', value: expected.recoveryKey });
    expect(byRecovery.documents).toBe(1);

    await mkdir(join(dir, 'parent'));
    const target = join(dir, 'parent', 'vault');
    const restored = await restoreBackup(file, { kind: 'passphrase', value: STRONG_PASSPHRASE }, target);
    expect(restored).toMatchObject({ vaultId: expected.vaultId, documents: 1 });
    const backend = openBackend(target);
    try {
      await call(backend, 'vault:unlock', { passphrase: STRONG_PASSPHRASE });
      const client = await call(backend, 'clients:get', { id: expected.clientId });
      expect(client.client.familyName).toBe('Kanaryaoglu');
      const timeline = await call(backend, 'timeline:list', { caseId: expected.caseId });
      expect(JSON.stringify(timeline.items)).toContain('kanaryasabitnot');
      expect(await documentHashes(backend, [expected.documentId])).toEqual({
        [expected.documentId]: expected.documentSha256,
      });
    } finally {
      await backend.dispose();
    }
  });
});

describe('frozen v1 report envelope fixture', () => {
  it('is the committed file; the organisation opens it, the signature verifies and the report parses', async () => {
    const sealed = await fixture('reports', 'sealed-2026-Q3.emanet-report');
    const keyFile = await fixture('reports', 'org-public-key.json');
    const expected = await json<ReportExpected>('reports', 'expected.json');
    expect(sha256(sealed)).toBe(PINNED.sealedReport);
    expect(sha256(keyFile)).toBe(PINNED.orgKeyFile);
    expect([expected.fileSha256, expected.orgKeyFileSha256]).toEqual([PINNED.sealedReport, PINNED.orgKeyFile]);

    const org = readOrgKeyFile(keyFile.toString('utf8'));
    expect(org.k).toBe(expected.k);
    const x25519Private = createPrivateKey({
      key: Buffer.from(await text('reports', 'org-x25519-private.pkcs8.b64'), 'base64'),
      format: 'der',
      type: 'pkcs8',
    });
    const opened = openSealedReport(sealed, {
      fingerprint: await text('reports', 'org-fingerprint.hex'),
      x25519Public: org.x25519,
      x25519Private,
    });
    expect(lawyerFingerprint(opened.signer)).toBe(expected.lawyerFingerprint);
    expect(sha256(Buffer.from(opened.reportJson, 'utf8'))).toBe(expected.reportSha256);
    // The envelope is unchanged; the report inside is schema version 1, which a register may still
    // hold and the dashboard reads, while import refuses it (issue 15: it predates perturbation).
    const report = legacyReportSchema.parse(JSON.parse(opened.reportJson));
    expect({ period: report.period, k: report.k }).toEqual({ period: expected.period, k: expected.k });
  });
});
