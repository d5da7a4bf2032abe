import { useInvokeQuery } from '../api/query';

/**
 * Whether the vault on disk is the demo (fictional data, passphrase `demo`). Asked once per
 * screen that shows the DEMO badge; a vault does not turn into a demo while it is open.
 */
export function useDemoStatus(): boolean {
  return useInvokeQuery('vault:status', {}, { select: (v) => v.demo }).data ?? false;
}
