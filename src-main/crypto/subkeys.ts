import { hkdfSync } from 'node:crypto';

/**
 * Purposes for keys derived from the master key. Each purpose gets an independent key, so a
 * key handed out for one job (the database key given to an external SQLCipher reader) reveals
 * nothing about the others or about the master key.
 */
export type SubkeyPurpose = 'database' | 'export-signing' | 'backup-manifest' | 'report-keys' | 'handover-keys';

export function deriveSubkey(masterKey: Buffer, vaultId: string, purpose: SubkeyPurpose): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, Buffer.from(vaultId, 'utf8'), `emanet/v1/${purpose}`, 32));
}
