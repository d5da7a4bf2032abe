import { useEffect, useState } from 'react';
import { invoke } from '../api/client';

/**
 * Whether the vault on disk is the demo (fictional data, passphrase `demo`). Asked once per
 * screen that shows the DEMO badge; a vault does not turn into a demo while it is open.
 */
export function useDemoStatus(): boolean {
  const [demo, setDemo] = useState(false);
  useEffect(() => {
    let current = true;
    void invoke('vault:status', {}).then((result) => {
      if (current && result.ok) setDemo(result.value.demo);
    });
    return () => {
      current = false;
    };
  }, []);
  return demo;
}
