import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../src-main/backend';
import { CHANNELS, contract } from '../../../src-main/shared/contract';
import { makeTempDir, STRONG_PASSPHRASE } from '../../helpers/temp-vault';
import { unboundedPaths } from '../../helpers/zod-walk';
import { call, openBackend, ours } from '../backup-helpers';

describe('item 13: bounded inputs', () => {
  it('item 13: every string and array in every channel’s input has a maximum', () => {
    const unbounded = CHANNELS.flatMap((channel) =>
      unboundedPaths(contract[channel].input).map((path) => `${channel} ${path}`),
    );
    expect(unbounded).toEqual([]);
  });

  describe('oversized lists are refused as invalid input, never INTERNAL', () => {
    let backend: Backend;
    let cleanup: () => Promise<void>;
    let clientId: string;

    beforeAll(async () => {
      const temp = await makeTempDir('emanet-limits-');
      cleanup = temp.cleanup;
      backend = openBackend(join(temp.dir, 'vault'));
      await call(backend, 'vault:create', { passphrase: STRONG_PASSPHRASE });
      ({ clientId } = await call(backend, 'intake:create', {
        client: { givenName: 'Sınır' },
        case: { type: 'removal-appeal', status: 'active', openedOn: '2026-10-02' },
      }));
    });
    afterAll(async () => {
      await backend.dispose();
      await cleanup();
    });

    it('item 13: 200,000 client ids on a case, and huge language and nationality lists, are VALIDATION', async () => {
      const manyIds = [clientId, ...Array.from({ length: 199_999 }, () => randomUUID())];
      const attempts: Array<[string, unknown]> = [
        ['cases:create', { case: { clientIds: manyIds, type: 'removal-appeal', openedOn: '2026-10-02' } }],
        [
          'intake:create',
          {
            client: { givenName: 'A' },
            case: { type: 'other', openedOn: '2026-10-02' },
            otherClientIds: manyIds.slice(0, 1_000),
          },
        ],
        ['clients:create', { client: { givenName: 'A', languages: Array.from({ length: 100_000 }, () => 'ar') } }],
        [
          'clients:create',
          { client: { givenName: 'A', otherNationalities: Array.from({ length: 50_000 }, () => 'SY') } },
        ],
        ['reports:dashboard', { periods: Array.from({ length: 100_000 }, () => '2026-Q3') }],
      ];
      for (const [channel, input] of attempts) {
        const answer = await backend.invoke(channel, input, ours);
        expect(answer.ok ? 'OK' : answer.error.code, channel).toBe('VALIDATION');
      }
    });
  });
});
