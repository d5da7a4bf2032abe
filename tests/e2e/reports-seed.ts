/**
 * Lawyer vaults for the report tests (integration and e2e): clients, cases, activities and
 * pro bono time go in through the real backend's channels, as the app's own window would.
 * Playwright-free, so the integration test can use it too.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createBackend, type Backend, type Clock, type SenderInfo } from '../../src-main/backend';
import type { OpenFilesPurpose } from '../../src-main/backend';
import type { Channel, ChannelInput, ChannelOutput } from '../../src-main/shared/contract';
import { callOn } from '../helpers/backend';

export const REPORT_PASSPHRASE = 'Mavi vapur, yedi martı ve bir simit: 1907!';
export const REPORT_KDF = { memoryKiB: 8192, iterations: 1, parallelism: 1 } as const;
/** A finished quarter before the tests' "today" (2026-11-28 and later). */
export const PERIOD = '2026-Q3';
/** How the Turkish screens show PERIOD (issue 14: never the machine form). */
export const PERIOD_TR = '2026 3. çeyrek';

/** A backend on its own temp folder, with dialogs the test answers from queues. */
export interface ReportBackend {
  dir: string;
  backend: Backend;
  sender: SenderInfo;
  /** Paths the next open dialogs return (one entry per dialog: the files chosen). */
  openQueue: string[][];
  /** Where save dialogs write: `<exportDir>/<suggested name>`. */
  exportDir: string;
  /** What each open dialog was for, in order (to check the shell would filter right). */
  openedFor: OpenFilesPurpose[];
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  dispose(): Promise<void>;
}

export async function reportBackend(clock: Clock, origin: string): Promise<ReportBackend> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'emanet-reports-'));
  const exportDir = await mkdtemp(path.join(os.tmpdir(), 'emanet-reports-out-'));
  const openQueue: string[][] = [];
  const openedFor: OpenFilesPurpose[] = [];
  const backend = createBackend({
    vaultDir: dir,
    clock,
    kdf: { ...REPORT_KDF },
    allowedOrigins: [origin],
    saveDialog: (name) => Promise.resolve(path.join(exportDir, path.basename(name))),
    openFilesDialog: (purpose) => {
      openedFor.push(purpose);
      return Promise.resolve(openQueue.shift() ?? []);
    },
  });
  const sender: SenderInfo = { origin, trusted: true };
  const call: ReportBackend['call'] = (channel, input) => callOn(backend, channel, input, sender);
  return {
    dir,
    backend,
    sender,
    openQueue,
    exportDir,
    openedFor,
    call,
    dispose: async () => {
      await backend.dispose();
      await rm(dir, { recursive: true, force: true, maxRetries: 3 });
      await rm(exportDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

type Nationality = NonNullable<ChannelInput<'intake:create'>['client']['nationality']>;

export interface ClientSpec {
  name: string;
  nationality: Nationality;
  consent: boolean;
  caseType?: 'removal-appeal' | 'administrative-detention';
  vulnerable?: boolean;
}

/** One active Q3 case per client, one removal-centre visit and 150 pro bono minutes each. */
export async function seedLawyer(b: ReportBackend, clients: readonly ClientSpec[]): Promise<void> {
  await b.call('vault:create', { passphrase: REPORT_PASSPHRASE });
  for (const c of clients) {
    const [givenName = c.name, familyName = 'Test'] = c.name.split(' ');
    const { caseId } = await b.call('intake:create', {
      client: {
        givenName,
        familyName,
        nationality: c.nationality,
        gender: { kind: 'female' },
        dateOfBirth: { precision: 'exact', date: '1990-05-17' },
        vulnerabilities: c.vulnerable ? [{ code: 'survivor-of-torture', since: '2026-01-01' }] : [],
        consents: c.consent
          ? [{ kind: 'reporting', givenOn: '2026-06-01', scope: 'anonymized-reports', how: 'written' }]
          : [],
      },
      case: { type: c.caseType ?? 'removal-appeal', status: 'active', openedOn: '2026-07-10' },
      otherClientIds: [],
    });
    await b.call('activities:add', {
      caseId,
      kind: 'removal-centre-visit',
      occurredOn: '2026-08-03',
      durationMinutes: 90,
    });
    await b.call('time:add', { caseId, workedOn: '2026-08-03', minutes: 150, proBono: true });
  }
}

const named = (prefix: string, n: number, spec: Omit<ClientSpec, 'name'>): ClientSpec[] =>
  Array.from({ length: n }, (_, i) => ({ name: `${prefix}${i + 1} Deneme`, ...spec }));

/**
 * Lawyer A: six consenting Syrian clients (removal appeals) and two without consent.
 * Lawyer B: five consenting Syrian clients and two Iranian clients in detention (a small cell).
 * Merged: 13 removal-centre visits (every consenting client's case); Iran stays suppressed.
 */
export const LAWYER_A: readonly ClientSpec[] = [
  ...named('Aylin', 6, { nationality: 'SY', consent: true, vulnerable: true }),
  ...named('Nokonsent', 2, { nationality: 'AF', consent: false }),
];
export const LAWYER_B: readonly ClientSpec[] = [
  ...named('Berna', 5, { nationality: 'SY', consent: true, vulnerable: true }),
  ...named('Iranli', 2, { nationality: 'IR', consent: true, caseType: 'administrative-detention' }),
];
export const MERGED_VISITS = 13;
