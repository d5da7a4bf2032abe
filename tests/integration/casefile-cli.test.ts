import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, onlyJson } from '../helpers/cli';
import { validForeignId } from '../helpers/identity';
import { makeTempDir, OTHER_STRONG_PASSPHRASE, STRONG_PASSPHRASE } from '../helpers/temp-vault';

const badChecksum = (() => {
  const good = validForeignId(7654321);
  return `${good.slice(0, 10)}${(Number(good[10]) + 1) % 10}`;
})();

describe('CLI: casefile commands on a real vault', () => {
  let dir: string;
  let vault: string;
  let cleanup: () => Promise<void>;
  const unlocked = { EMANET_PASSPHRASE: STRONG_PASSPHRASE };
  const writeJson = async (name: string, value: unknown) => {
    const path = join(dir, name);
    await writeFile(path, typeof value === 'string' ? value : JSON.stringify(value));
    return path;
  };
  const clientCount = async () => {
    const run = await cli(['client', 'list', '--vault', vault, '--json'], unlocked);
    return (onlyJson(run.stdout) as { clients: unknown[] }).clients.length;
  };

  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir());
    vault = join(dir, 'v');
    const init = await cli(['vault', 'init', '--vault', vault, '--json', '--insecure-test-kdf'], unlocked);
    expect(init.code).toBe(0);
  });
  afterAll(async () => cleanup());

  it('client add accepts the documented import shape and prints { id } only', async () => {
    const file = await writeJson('documented.json', {
      givenName: 'Muhammed',
      familyName: 'El Hassan',
      aliases: ['Mohammed Al-Hassan'],
      dateOfBirth: '1985-03-12',
      gender: 'male',
      nationality: 'sy',
      languages: ['ar', 'tr'],
      identityNumbers: [
        { kind: 'foreign-id', value: validForeignId(1234567) },
        { kind: 'passport', value: 'N01234567' },
        { kind: 'unhcr', value: '374-16C01234' },
      ],
      phone: '+90 500 123 45 67',
      vulnerabilities: ['survivor-of-torture'],
      reportingConsent: true,
    });
    const run = await cli(['client', 'add', '--vault', vault, '--json-file', file, '--json'], unlocked);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const doc = onlyJson(run.stdout) as { id: string };
    expect(Object.keys(doc)).toEqual(['id']);
    expect(doc.id).toMatch(/^[0-9a-f-]{36}$/);

    // Everything but the given name is optional; a year alone is a date of birth.
    const minimal = await writeJson('minimal.json', {
      givenName: 'İsmail',
      familyName: 'Şükrüoğlu',
      dateOfBirth: '1990',
    });
    expect((await cli(['client', 'add', '--vault', vault, '--json-file', minimal, '--json'], unlocked)).code).toBe(0);
    expect(await clientCount()).toBe(2);
  });

  it('refuses a bad import with exit 4, the reasons as path:code, and saves nothing', async () => {
    const before = await clientCount();
    const bad = await writeJson('bad.json', {
      givenName: 'Test',
      nationality: 'XX',
      identityNumbers: [{ kind: 'foreign-id', value: badChecksum }],
    });
    const run = await cli(['client', 'add', '--vault', vault, '--json-file', bad, '--json'], unlocked);
    expect(run.code).toBe(4);
    const doc = onlyJson(run.stdout) as { error: { code: string; details: string[] } };
    expect(doc.error.code).toBe('VALIDATION');
    expect(doc.error.details).toEqual(
      expect.arrayContaining(['nationality:country.unknown', 'identityNumbers.0.value:identity.badChecksum']),
    );
    expect(run.stderr).toContain('identityNumbers.0.value:identity.badChecksum');
    expect(run.stderr).toContain('nationality:country.unknown');
    // The reasons never echo the value.
    expect(run.stdout + run.stderr).not.toContain(badChecksum);

    const cases: Array<[string, unknown, string]> = [
      ['broken.json', '{"givenName": ', 'jsonFile:json.invalid'],
      ['future.json', { givenName: 'A', dateOfBirth: '2999-01-01' }, 'dateOfBirth.date:date.inFuture'],
      ['typo.json', { givenName: 'A', nationalty: 'SY' }, '(input):invalid'],
    ];
    for (const [name, content, detail] of cases) {
      const r = await cli(
        ['client', 'add', '--vault', vault, '--json-file', await writeJson(name, content), '--json'],
        unlocked,
      );
      expect(r.code).toBe(4);
      expect(r.stderr).toContain(detail);
    }
    const missing = await cli(['client', 'add', '--vault', vault, '--json-file', join(dir, 'nope.json')], unlocked);
    expect(missing.code).toBe(4);
    expect(await clientCount()).toBe(before);
  });

  it('client list, search and conflicts print one JSON document each', async () => {
    const list = onlyJson((await cli(['client', 'list', '--vault', vault, '--json'], unlocked)).stdout) as {
      clients: Array<{ givenName: string; familyName: string | null }>;
    };
    // Turkish alphabetical order by family name: El Hassan before Şükrüoğlu.
    expect(list.clients.map((c) => c.familyName)).toEqual(['El Hassan', 'Şükrüoğlu']);

    const cases = onlyJson((await cli(['case', 'list', '--vault', vault, '--json'], unlocked)).stdout);
    expect(cases).toEqual({ cases: [] });

    const found = onlyJson((await cli(['search', '--vault', vault, '--json', 'ismail', 'sukru'], unlocked)).stdout) as {
      results: Array<{ kind: string; id: string; title: string; snippet: string }>;
    };
    expect(found.results).toHaveLength(1);
    expect(found.results[0]).toMatchObject({ kind: 'client', title: 'İsmail Şükrüoğlu' });
    expect(typeof found.results[0]?.snippet).toBe('string');

    const byName = onlyJson(
      (await cli(['conflicts', '--vault', vault, '--name', 'Mohammad Al-Hasan', '--dob', '1985', '--json'], unlocked))
        .stdout,
    ) as { matches: Array<{ name: string; score: number; reasons: string[] }> };
    expect(byName.matches[0]).toMatchObject({ name: 'Muhammed El Hassan' });
    expect(byName.matches[0]?.reasons).toContain('birthYearMatch');

    const byId = onlyJson(
      (
        await cli(
          ['conflicts', '--vault', vault, '--name', 'Someone Else', '--id-number', validForeignId(1234567), '--json'],
          unlocked,
        )
      ).stdout,
    ) as { matches: Array<{ name: string; reasons: string[] }> };
    expect(byId.matches[0]?.reasons).toContain('identityNumberExact');
  });

  it('exit codes: 3 for a wrong passphrase, 2 for usage errors; Turkish by default', async () => {
    const wrong = await cli(['client', 'list', '--vault', vault, '--json'], {
      EMANET_PASSPHRASE: OTHER_STRONG_PASSPHRASE,
    });
    expect(wrong.code).toBe(3);
    expect(onlyJson(wrong.stdout)).toMatchObject({ error: { code: 'WRONG_PASSPHRASE' } });
    expect((await cli(['client', 'list'], unlocked)).code).toBe(2);
    expect((await cli(['search', '--vault', vault], unlocked)).code).toBe(2);
    expect((await cli(['conflicts', '--vault', vault], unlocked)).code).toBe(2);
    expect((await cli(['client', 'list', '--vault', vault, '--name', 'x'], unlocked)).code).toBe(2);
    expect((await cli(['client', 'list', '--vault', vault], {})).code).toBe(2);

    const bad = await writeJson('bad-tr.json', { givenName: 'A', nationality: 'XX' });
    const run = await cli(['client', 'add', '--vault', vault, '--json-file', bad], unlocked, { lang: null });
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('Girdi geçersiz');
  });
});

describe('CLI: demo create', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ dir, cleanup } = await makeTempDir()));
  afterAll(async () => cleanup());

  it('builds a demo vault with passphrase demo; client list then shows N clients', async () => {
    const vault = join(dir, 'demo');
    const run = await cli(['demo', 'create', '--vault', vault, '--clients', '12', '--json']);
    expect(run.code).toBe(0);
    const summary = onlyJson(run.stdout) as { clients: number; cases: number; overdueTasks: number };
    expect(summary).toMatchObject({ clients: 12 });
    expect(summary.overdueTasks).toBeGreaterThan(0);

    const demo = { EMANET_PASSPHRASE: 'demo' };
    const list = onlyJson((await cli(['client', 'list', '--vault', vault, '--json'], demo)).stdout) as {
      clients: Array<{ nationality: string | null }>;
    };
    expect(list.clients).toHaveLength(12);
    expect(new Set(list.clients.map((c) => c.nationality)).size).toBeGreaterThanOrEqual(3);
    const cases = onlyJson((await cli(['case', 'list', '--vault', vault, '--json'], demo)).stdout) as {
      cases: Array<{ overdueTasks: number }>;
    };
    expect(cases.cases).toHaveLength(summary.cases);
    expect(cases.cases.some((c) => c.overdueTasks > 0)).toBe(true);

    // The agenda: overdue tasks first, every item with its bucket and days left.
    const agenda = onlyJson((await cli(['agenda', '--vault', vault, '--days', '60', '--json'], demo)).stdout) as {
      today: string;
      items: Array<{ bucket: string; daysLeft: number; kind: string }>;
    };
    expect(agenda.items[0]).toMatchObject({ bucket: 'overdue' });
    expect(agenda.items.some((i) => i.kind === 'deadline')).toBe(true);
    expect(agenda.items.every((i, n) => n === 0 || (agenda.items[n - 1]?.daysLeft ?? 0) <= i.daysLeft)).toBe(true);
    expect((await cli(['agenda', '--vault', vault, '--days', '999'], demo)).code).toBe(4);

    expect((await cli(['demo', 'create', '--vault', vault, '--clients', '3'])).code).toBe(1);
    expect((await cli(['demo', 'create', '--vault', join(dir, 'zero'), '--clients', '0'])).code).toBe(4);
  });
});
