import { invoke } from '../../api/client';
import type { JobChannels } from './useJob';

/** Backup and verify jobs (need the open vault; dropped by the backend on lock). */
export const backupJobChannels: JobChannels = {
  poll: (jobId) => invoke('backup:job', { jobId }),
  cancel: (jobId) => invoke('backup:cancel', { jobId }),
};

/** Restore jobs: `vault:` channels, because they run while the vault is locked or absent. */
export const restoreJobChannels: JobChannels = {
  poll: (jobId) => invoke('vault:restoreJob', { jobId }),
  cancel: (jobId) => invoke('vault:cancelRestore', { jobId }),
};
