import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * The real CLI as a separate process. Needs the `deadline` wiring in src-main/cli/main.ts;
 * the same commands are tested in-process in tests/unit/deadlines/cli-commands.test.ts.
 */
function cli(args: string[], lang = 'en') {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src-main/cli/index.ts', ...args], {
    env: { PATH: process.env.PATH ?? '', EMANET_LANG: lang },
    encoding: 'utf8',
    input: '',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('CLI: deadline commands', () => {
  it('deadline rules --json needs no vault and prints exactly one JSON document', () => {
    const run = cli(['deadline', 'rules', '--json']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { rules: { id: string; confidence: string }[] };
    expect(doc.rules.map((r) => r.id)).toContain('removal-appeal');
    expect(doc.rules.map((r) => r.id)).toContain('ecthr-application');
  });

  it('deadline compute: the removal-appeal example from the issue', () => {
    const run = cli(['deadline', 'compute', '--rule', 'removal-appeal', '--notified', '2027-05-12', '--json']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc).toMatchObject({ rule: 'removal-appeal', due: '2027-05-20', confidence: 'S', warnings: [] });
    expect(Object.keys(doc)).toEqual(
      expect.arrayContaining(['rule', 'due', 'basis', 'confidence', 'warnings', 'steps']),
    );
  });

  it('deadline compute: e-notification with an earlier opening, in Turkish by default', () => {
    const run = cli(
      [
        'deadline',
        'compute',
        '--rule',
        'removal-appeal',
        '--etebligat-delivered',
        '2027-05-03',
        '--opened',
        '2027-05-04',
        '--json',
      ],
      'tr_TR.UTF-8',
    );
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.due).toBe('2027-05-11');
    expect(doc.steps.at(-1).text).toBe('son gün: 11.05.2027 Salı');
  });

  it('exit 4 on an unknown rule or a malformed date; exit 2 on a missing start date', () => {
    expect(cli(['deadline', 'compute', '--rule', 'nope', '--notified', '2027-05-12', '--json']).code).toBe(4);
    const bad = cli(['deadline', 'compute', '--rule', 'removal-appeal', '--notified', '2027-02-30', '--json']);
    expect(bad.code).toBe(4);
    expect(JSON.parse(bad.stdout)).toMatchObject({ error: { code: 'VALIDATION', details: ['--notified'] } });
    expect(cli(['deadline', 'compute', '--rule', 'removal-appeal']).code).toBe(2);
  });

  it('vault commands still require --vault; deadline options are refused there', () => {
    expect(cli(['vault', 'check']).code).toBe(2);
    expect(cli(['vault', 'check', '--vault', '/tmp/none', '--rule', 'removal-appeal']).code).toBe(2);
  });
});
