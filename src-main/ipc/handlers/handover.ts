import { readFile, stat } from 'node:fs/promises';
import { writeHandoverKeyFile, type HandoverService } from '../../services/handover';
import { AppError } from '../../shared/errors';
import type { handoverChannels } from '../../shared/channels/handover';
import type { HandlersOf } from '../router';
import type { OpenFilesDialog } from './reports';

export interface HandoverHandlerDeps {
  handover: HandoverService;
  saveDialog: (suggestedName: string) => Promise<string | null>;
  openFilesDialog: OpenFilesDialog;
}

const MAX_KEY_FILE = 64 * 1024;

/**
 * The handlers behind shared/channels/handover.ts. Per unlocked session: the colleague key file
 * opened but not yet trusted, and the handover file opened but not yet imported (its path only),
 * dropped on every lock (`session.clear`).
 */
export function createHandoverHandlers(deps: HandoverHandlerDeps) {
  let pendingKey: { fingerprint: string; text: string } | null = null;
  let pendingFile: string | null = null;
  const session = {
    clear() {
      pendingKey = null;
      pendingFile = null;
    },
  };
  const handlers: HandlersOf<typeof handoverChannels> = {
    'handover:keys': async () => {
      const mine = await deps.handover.myKey();
      return { words: mine.words, colleagues: await deps.handover.colleagues() };
    },
    'handover:exportKey': async () => {
      const path = await deps.saveDialog('emanet-handover-key.json');
      if (path === null) return { saved: false };
      await writeHandoverKeyFile(path, (await deps.handover.myKey()).file);
      return { saved: true };
    },
    'handover:openColleagueKey': async () => {
      const [path] = await deps.openFilesDialog('handover-key');
      if (path === undefined) return { cancelled: true as const };
      const info = await stat(path).catch(() => null);
      if (!info || !info.isFile() || info.size > MAX_KEY_FILE)
        throw new AppError('VALIDATION', 'Invalid input', ['file']);
      const text = await readFile(path, 'utf8');
      const seen = deps.handover.inspect(text);
      pendingKey = { fingerprint: seen.fingerprint, text };
      return { cancelled: false as const, ...seen };
    },
    'handover:trust': async ({ fingerprint }) => {
      if (!pendingKey || pendingKey.fingerprint !== fingerprint) throw new AppError('NOT_FOUND', 'No key file opened');
      const trusted = await deps.handover.trust(pendingKey.text);
      pendingKey = null;
      return { words: trusted.words };
    },
    'handover:untrust': async ({ fingerprint }) => {
      await deps.handover.untrust(fingerprint);
      return {};
    },
    'handover:status': async ({ caseId }) => ({ handover: await deps.handover.statusOf(caseId) }),
    'handover:send': async ({ caseId, to, copy }) => {
      const out = await deps.saveDialog('devir.emanet-handover');
      if (out === null) return { cancelled: true as const };
      const sent = await deps.handover.send({ caseId, to, copy, out });
      return {
        cancelled: false as const,
        handoverId: sent.handoverId,
        records: sent.records,
        documents: sent.documents,
      };
    },
    'handover:confirm': ({ handoverId, code }) => deps.handover.confirm(handoverId, code),
    'handover:withdraw': async ({ handoverId }) => {
      await deps.handover.withdraw(handoverId);
      return {};
    },
    'handover:openFile': async () => {
      const [path] = await deps.openFilesDialog('handover-file');
      if (path === undefined) return { cancelled: true as const };
      const preview = await deps.handover.preview(path);
      pendingFile = path;
      return { cancelled: false as const, preview };
    },
    'handover:receive': async ({ attach }) => {
      if (pendingFile === null) throw new AppError('NOT_FOUND', 'No handover file opened');
      const result = await deps.handover.receive(
        pendingFile,
        Object.fromEntries(attach.map((pair) => [pair.fileClientId, pair.existingId])),
      );
      pendingFile = null;
      return result;
    },
    'handover:cancel': () => {
      session.clear();
      return Promise.resolve({});
    },
  };
  return { handlers, session };
}

export type HandoverHandlers = ReturnType<typeof createHandoverHandlers>;
