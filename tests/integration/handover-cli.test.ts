// The handover commands in-process (CliIo seam): two vaults exchange keys, one hands a case over
// with --shred, the other receives it and prints the code, the first confirms; refusals exit with
// the README's codes and name their reason.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, onlyJson } from '../helpers/cli';
import { makeTempDir, STRONG_PASSPHRASE } from '../helpers/temp-vault';

const pass = { EMANET_PASSPHRASE: STRONG_PASSPHRASE };

describe('handover on the command line', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  const v = (name: string) => join(dir, name);

  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir('emanet-handover-cli-'));
    for (const name of ['a', 'b'])
      expect((await cli(['vault', 'init', '--vault', v(name), '--insecure-test-kdf', '--json'], pass)).code).toBe(0);
  });
  afterAll(async () => cleanup());

  it('key export, trust, case handover, case receive, handover confirm', async () => {
    for (const name of ['a', 'b']) {
      const run = await cli(
        ['handover', 'key', 'export', '--vault', v(name), '--out', v(`${name}.key`), '--json'],
        pass,
      );
      expect(run.code, run.stderr).toBe(0);
    }
    const again = await cli(['handover', 'key', 'export', '--vault', v('a'), '--out', v('a.key'), '--json'], pass);
    expect(again.code).toBe(1);
    const trustB = await cli(['handover', 'trust', v('b.key'), '--vault', v('a'), '--json'], pass);
    expect(trustB.code, trustB.stderr).toBe(0);
    const clientFile = v('client.json');
    await writeFile(clientFile, JSON.stringify({ givenName: 'Ahmad', familyName: 'Karimi', nationality: 'AF' }));
    const client = onlyJson(
      (await cli(['client', 'add', '--vault', v('a'), '--json-file', clientFile, '--json'], pass)).stdout,
    ) as {
      id: string;
    };
    const added = await cli(
      [
        'case',
        'add',
        '--vault',
        v('a'),
        '--client',
        client.id,
        '--type',
        'removal-appeal',
        '--opened',
        '2026-11-20',
        '--json',
      ],
      pass,
    );
    expect(added.code, added.stderr).toBe(0);
    const { caseId } = onlyJson(added.stdout) as { caseId: string };

    const out = v('devir.emanet-handover');
    const sent = await cli(
      ['case', 'handover', '--vault', v('a'), '--case', caseId, '--to', v('b.key'), '--out', out, '--shred', '--json'],
      pass,
    );
    expect(sent.code, sent.stderr).toBe(0);
    const sentDoc = onlyJson(sent.stdout) as { handoverId: string; copy: string; documents: number };
    expect(sentDoc).toMatchObject({ copy: 'shred', documents: 0 });

    // Not trusted yet: refused (exit 1) with its reason.
    const untrusted = await cli(['case', 'receive', out, '--vault', v('b'), '--json'], pass);
    expect(untrusted.code).toBe(1);
    expect(onlyJson(untrusted.stdout)).toMatchObject({
      error: { code: 'FORBIDDEN', reason: 'handover.untrustedSender' },
    });
    expect((await cli(['handover', 'trust', v('a.key'), '--vault', v('b'), '--json'], pass)).code).toBe(0);
    // A flipped byte: integrity failure, exit 5.
    const bytes = await readFile(out);
    bytes[bytes.length - 3] = bytes[bytes.length - 3]! ^ 0x10;
    await writeFile(v('damaged'), bytes);
    const damaged = await cli(['case', 'receive', v('damaged'), '--vault', v('b'), '--json'], pass);
    expect(damaged.code).toBe(5);
    expect(onlyJson(damaged.stdout)).toMatchObject({ error: { reason: 'handover.tampered' } });

    const received = await cli(['case', 'receive', out, '--vault', v('b'), '--json'], pass);
    expect(received.code, received.stderr).toBe(0);
    const { confirmationCode } = onlyJson(received.stdout) as { confirmationCode: string };
    const replay = await cli(['case', 'receive', out, '--vault', v('b'), '--json'], pass);
    expect(onlyJson(replay.stdout)).toMatchObject({ error: { reason: 'handover.replayed' } });

    const wrong = await cli(
      ['handover', 'confirm', '--vault', v('a'), '--id', sentDoc.handoverId, '--code', '1111-2222-3333', '--json'],
      pass,
    );
    expect(wrong.code).toBe(4);
    const confirmed = await cli(
      ['handover', 'confirm', '--vault', v('a'), '--id', sentDoc.handoverId, '--code', confirmationCode, '--json'],
      pass,
    );
    expect(confirmed.code, confirmed.stderr).toBe(0);
    expect(onlyJson(confirmed.stdout)).toEqual({ shredded: true, documents: 0 });
    const listed = onlyJson((await cli(['case', 'list', '--vault', v('b'), '--json'], pass)).stdout) as {
      cases: Array<{ id: string }>;
    };
    expect(listed.cases.map((c) => c.id)).toEqual([caseId]);
    const left = onlyJson((await cli(['case', 'list', '--vault', v('a'), '--json'], pass)).stdout) as {
      cases: unknown[];
    };
    expect(left.cases).toEqual([]);
  });

  it('usage errors exit 2', async () => {
    expect((await cli(['case', 'handover', '--vault', v('a'), '--json'], pass)).code).toBe(2);
    expect((await cli(['handover', 'trust', '--vault', v('a')], pass)).code).toBe(2);
  });
});
