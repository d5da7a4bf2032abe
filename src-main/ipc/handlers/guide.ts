import type { PlaybookService } from '../../services/playbooks/playbook-service';
import type { guideChannels } from '../../shared/channels/guide';
import type { HandlersOf } from '../router';

/** The handlers behind shared/channels/guide.ts: playbooks and their progress on a case. */
export function createGuideHandlers(playbooks: PlaybookService): HandlersOf<typeof guideChannels> {
  return {
    'playbooks:list': () => Promise.resolve({ playbooks: playbooks.list() }),
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
  };
}
