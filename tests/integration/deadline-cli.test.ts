import { describe, expect, it } from 'vitest';
import { cli as cliInProcess } from '../helpers/cli';

/**
 * The deadline commands through the CLI's router (src-main/cli/main.ts), in-process; the
 * commands themselves are also tested in tests/unit/deadlines/cli-commands.test.ts, and a spawned
 * process runs `deadline rules` in tests/integration/cli-smoke.test.ts.
 */
const cli = (args: string[], lang = 'en') => cliInProcess(args, {}, { lang });

describe('CLI: deadline commands', () => {
  it('deadline rules --json needs no vault and prints exactly one JSON document', async () => {
    const run = await cli(['deadline', 'rules', '--json']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { rules: { id: string; confidence: string }[] };
    expect(doc.rules.map((r) => r.id)).toContain('removal-appeal');
    expect(doc.rules.map((r) => r.id)).toContain('ecthr-application');
  });

  it('deadline compute: the removal-appeal example from the issue', async () => {
    const run = await cli(['deadline', 'compute', '--rule', 'removal-appeal', '--notified', '2027-05-12', '--json']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc).toMatchObject({ rule: 'removal-appeal', due: '2027-05-20', confidence: 'S', warnings: [] });
    expect(Object.keys(doc)).toEqual(
      expect.arrayContaining(['rule', 'due', 'basis', 'confidence', 'warnings', 'steps']),
    );
  });

  it('deadline compute: e-notification with an earlier opening, in Turkish by default', async () => {
    const run = await cli(
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

  it('exit 4 on an unknown rule or a malformed date; exit 2 on a missing start date', async () => {
    expect((await cli(['deadline', 'compute', '--rule', 'nope', '--notified', '2027-05-12', '--json'])).code).toBe(4);
    const bad = await cli(['deadline', 'compute', '--rule', 'removal-appeal', '--notified', '2027-02-30', '--json']);
    expect(bad.code).toBe(4);
    expect(JSON.parse(bad.stdout)).toMatchObject({ error: { code: 'VALIDATION', details: ['--notified'] } });
    expect((await cli(['deadline', 'compute', '--rule', 'removal-appeal'])).code).toBe(2);
  });

  it('vault commands still require --vault; deadline options are refused there', async () => {
    expect((await cli(['vault', 'check'])).code).toBe(2);
    expect((await cli(['vault', 'check', '--vault', '/tmp/none', '--rule', 'removal-appeal'])).code).toBe(2);
  });
});
