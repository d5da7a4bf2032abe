// One real process per CLI command group: the entry point (src-main/cli/index.ts), its streams and
// its exit code, as a lawyer's script sees them. Everything else about the commands is tested
// in-process through the CliIo seam (tests/helpers/cli.ts), which is seconds faster per call.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path, { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_COMMAND_NAMES } from '../../src-main/cli/backup-commands';
import { CASEFILE_COMMAND_NAMES } from '../../src-main/cli/casefile-commands';
import { CASEWORK_COMMAND_NAMES } from '../../src-main/cli/casework-commands';
import { CLIENT_EXPORT_COMMAND_NAMES } from '../../src-main/cli/client-export-commands';
import { DEADLINE_COMMAND_NAMES } from '../../src-main/cli/deadline-commands';
import { DOCUMENT_COMMAND_NAMES } from '../../src-main/cli/document-commands';
import { HANDOVER_COMMAND_NAMES } from '../../src-main/cli/handover-commands';
import { GUIDE_COMMAND_NAMES } from '../../src-main/cli/guide-commands';
import { IMPORT_COMMAND_NAMES } from '../../src-main/cli/import-commands';
import { CLI_COMMANDS } from '../../src-main/cli/main';
import { REPORT_COMMAND_NAMES } from '../../src-main/cli/report-commands';
import { cli, onlyJson, spawnCli } from '../helpers/cli';
import { makeTempDir, STRONG_PASSPHRASE } from '../helpers/temp-vault';

const pass = { EMANET_PASSPHRASE: STRONG_PASSPHRASE };
const VAULT_COMMAND_NAMES = CLI_COMMANDS.filter((c) => c.startsWith('vault '));

describe('the CLI as a process, one command per group', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let vault: string;

  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir('emanet-cli-smoke-'));
    vault = join(dir, 'vault');
    // Set up in-process (fast); only the command under test is spawned.
    expect((await cli(['vault', 'init', '--vault', vault, '--insecure-test-kdf', '--json'], pass)).code).toBe(0);
  });
  afterAll(async () => cleanup());

  it('every command belongs to a group that has a smoke test here', () => {
    const groups = [
      VAULT_COMMAND_NAMES,
      DEADLINE_COMMAND_NAMES,
      CASEFILE_COMMAND_NAMES,
      CASEWORK_COMMAND_NAMES,
      DOCUMENT_COMMAND_NAMES,
      BACKUP_COMMAND_NAMES,
      REPORT_COMMAND_NAMES,
      IMPORT_COMMAND_NAMES,
      HANDOVER_COMMAND_NAMES,
      CLIENT_EXPORT_COMMAND_NAMES,
      GUIDE_COMMAND_NAMES,
    ];
    expect([...CLI_COMMANDS].sort()).toEqual(groups.flat().sort());
  });

  it('vault: check exits 0 with one JSON document', () => {
    const run = spawnCli(['vault', 'check', '--vault', vault, '--json'], pass);
    expect(run.code).toBe(0);
    expect(onlyJson(run.stdout)).toEqual({ vault, ok: true, integrity: 'ok' });
  });

  it('deadline: rules needs no vault', () => {
    const run = spawnCli(['deadline', 'rules', '--json']);
    expect(run.code).toBe(0);
    const doc = onlyJson(run.stdout) as { rules: Array<{ id: string }> };
    expect(doc.rules.map((r) => r.id)).toContain('removal-appeal');
  });

  it('casefile: client list on the vault', () => {
    const run = spawnCli(['client', 'list', '--vault', vault, '--json'], pass);
    expect(run.code).toBe(0);
    expect(onlyJson(run.stdout)).toEqual({ clients: [] });
  });

  it('casework: task done on an unknown task is NOT_FOUND, as one JSON document', () => {
    const run = spawnCli(
      ['task', 'done', '--vault', vault, '--id', '00000000-0000-4000-8000-000000000000', '--json'],
      pass,
    );
    expect(run.code, run.stderr).toBe(1);
    expect(onlyJson(run.stdout)).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('handover: key export writes the public key file and prints its words', () => {
    const out = join(dir, 'handover-key.json');
    const run = spawnCli(['handover', 'key', 'export', '--vault', vault, '--out', out, '--json'], pass);
    expect(run.code, run.stderr).toBe(0);
    const doc = onlyJson(run.stdout) as { publicKeyFile: string; words: string };
    expect(doc.publicKeyFile).toBe(out);
    expect(doc.words.split(' ')).toHaveLength(8);
    expect(existsSync(out)).toBe(true);
  });

  it('doc: verify with no documents', () => {
    const run = spawnCli(['doc', 'verify', '--vault', vault, '--json'], pass);
    expect(run.code).toBe(0);
    expect(onlyJson(run.stdout)).toMatchObject({ ok: true, documents: [] });
  });

  it('backup: create writes the file it names', () => {
    const out = join(dir, 'smoke.emanet-backup');
    const run = spawnCli(['backup', 'create', '--vault', vault, '--out', out, '--json'], pass);
    expect(run.code).toBe(0);
    expect(onlyJson(run.stdout)).toMatchObject({ file: out, documents: 0 });
    expect(existsSync(out)).toBe(true);
  });

  it('report: org keygen on a vault of its own', async () => {
    const org = join(dir, 'org');
    expect((await cli(['vault', 'init', '--vault', org, '--insecure-test-kdf'], pass)).code).toBe(0);
    // Without --out the public key file goes to the working folder: the test's, not the checkout.
    const run = spawnCli(['org', 'keygen', '--vault', org, '--json'], pass, { cwd: dir });
    expect(run.code).toBe(0);
    const doc = onlyJson(run.stdout) as { publicKeyFile: string; fingerprint: string };
    expect(existsSync(doc.publicKeyFile)).toBe(true);
    expect(path.dirname(path.resolve(dir, doc.publicKeyFile))).toBe(dir);
    expect(doc.fingerprint.split(' ').length).toBeGreaterThan(3);
  });

  it('guide: playbook list of an unknown case is NOT_FOUND, as one JSON document', () => {
    const run = spawnCli(
      ['playbook', 'list', '--vault', vault, '--case', '00000000-0000-4000-8000-000000000000', '--json'],
      pass,
    );
    expect(run.code, run.stderr).toBe(1);
    expect(onlyJson(run.stdout)).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('import: a dry run of a CSV reads it and writes nothing', async () => {
    const file = join(dir, 'liste.csv');
    await writeFile(file, '\uFEFFAdı Soyadı;Uyruğu\r\nAyşe Yılmaz;Türkiye\r\n');
    const run = spawnCli(['import', 'clients', file, '--vault', vault, '--dry-run', '--json'], pass);
    expect(run.code).toBe(0);
    expect(onlyJson(run.stdout)).toMatchObject({
      dryRun: true,
      created: 1,
      source: { encoding: 'utf-8', delimiter: ';' },
    });
  });

  it('client export: writes the JSON and the PDF into --out', async () => {
    const clientFile = join(dir, 'client.json');
    await writeFile(clientFile, JSON.stringify({ givenName: 'Deneme', familyName: 'Kişi' }));
    const added = onlyJson(
      (await cli(['client', 'add', '--vault', vault, '--json-file', clientFile, '--json'], pass)).stdout,
    ) as {
      id: string;
    };
    const out = join(dir, 'client-export');
    const run = spawnCli(['client', 'export', '--vault', vault, '--id', added.id, '--out', out, '--json'], pass);
    expect(run.code).toBe(0);
    expect(onlyJson(run.stdout)).toMatchObject({ cases: 0, documents: 0 });
    expect(existsSync(join(out, 'client-data.pdf')) && existsSync(join(out, 'client-data.json'))).toBe(true);
  });
});
