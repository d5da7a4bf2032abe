import type { ClientNoteService } from '../../services/client-notes/client-note-service';
import { loadGlossary, searchGlossary } from '../../services/playbooks/glossary';
import type { PetitionService } from '../../services/petitions/petition-service';
import type { PlaybookService } from '../../services/playbooks/playbook-service';
import type { guideChannels } from '../../shared/channels/guide';
import type { HandlersOf } from '../router';

/** The handlers behind shared/channels/guide.ts: playbooks, their progress on a case, petition drafts. */
export function createGuideHandlers(
  playbooks: PlaybookService,
  petitions: PetitionService,
  clientNotes: ClientNoteService,
): HandlersOf<typeof guideChannels> {
  return {
    'playbooks:list': async () => ({ playbooks: await playbooks.list() }),
    'playbooks:imports': async () => ({ imports: await playbooks.imports() }),
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
