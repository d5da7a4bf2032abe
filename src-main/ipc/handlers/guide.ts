import { readFile, stat } from 'node:fs/promises';
import type { ClientNoteService } from '../../services/client-notes/client-note-service';
import { loadGlossary, searchGlossary } from '../../services/playbooks/glossary';
import type { PetitionService } from '../../services/petitions/petition-service';
import type { PlaybookService } from '../../services/playbooks/playbook-service';
import { MAX_SIGNED_PLAYBOOK_BYTES } from '../../services/playbooks/signed-playbook';
import { AppError } from '../../shared/errors';
import type { OpenFilesDialog } from './reports';
import type { guideChannels } from '../../shared/channels/guide';
import type { HandlersOf } from '../router';

/** The handlers behind shared/channels/guide.ts: playbooks, their progress on a case, petition drafts. */
export function createGuideHandlers(
  playbooks: PlaybookService,
  petitions: PetitionService,
  clientNotes: ClientNoteService,
  openFilesDialog: OpenFilesDialog,
): HandlersOf<typeof guideChannels> {
  return {
    'playbooks:list': async () => ({ playbooks: await playbooks.list() }),
    'playbooks:imports': async () => ({ imports: await playbooks.imports() }),
    // The file is chosen in the platform dialog here, in the main process: no path crosses IPC.
    'playbooks:import': async () => {
      const [path] = await openFilesDialog('playbook');
      if (path === undefined) return { cancelled: true };
      const info = await stat(path);
      if (!info.isFile() || info.size > MAX_SIGNED_PLAYBOOK_BYTES)
        throw new AppError('INTEGRITY', 'This is not a signed playbook file', ['playbook.notSigned']);
      const done = await playbooks.importSigned(await readFile(path, 'utf8'));
      return { cancelled: false, ...done };
    },
    'playbooks:revert': async ({ id }) => {
      await playbooks.revert(id);
      return {};
    },
    'playbooks:forCase': ({ caseId }) => playbooks.forCase(caseId),
    'playbooks:act': (input) => playbooks.act(input),
    'playbooks:setStep': async (input) => {
      await playbooks.setState(input);
      return {};
    },
    'playbooks:setHidden': async ({ caseId, hidden }) => {
      await playbooks.setHidden(caseId, hidden);
      return {};
    },
    'petitions:templates': async ({ caseId }) => ({ templates: await petitions.templatesFor(caseId) }),
    'petitions:prepare': ({ caseId, templateId }) => petitions.prepare(caseId, templateId),
    'petitions:generate': (input) => petitions.generate(input),
    'clientNotes:languages': ({ caseId }) => clientNotes.languages(caseId),
    'clientNotes:generate': (input) => clientNotes.generate(input),
    'playbooks:coordinator': async () => ({ contact: await playbooks.coordinator() }),
    'glossary:list': () => Promise.resolve({ terms: loadGlossary().terms }),
    'glossary:search': ({ query }) => Promise.resolve({ terms: searchGlossary(query) }),
  };
}
