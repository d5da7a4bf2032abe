import { invoke } from '../../api/client';
import { MAX_UPLOAD_CHUNK_BYTES, type DocumentMetadata } from '@shared/schemas/documents';
import type { AppErrorShape } from '@shared/errors';
import { fromBase64Into, toBase64 } from './base64';
import { mediaTypeOf } from './viewKind';

/**
 * Moving bytes between the renderer and the main process, in 1 MiB pieces over IPC. The
 * renderer never sends a path (a compromised page must not pick files to read) and never
 * writes plaintext anywhere: uploads read the File piece by piece, views assemble in memory.
 */

export type Progress = (done: number, total: number) => void;
export type TransferResult<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape | null };

const PIECE = MAX_UPLOAD_CHUNK_BYTES;
/** An abort is not an error to show: the lawyer asked for it. */
const cancelled = { ok: false, error: null } as const;

/** A new document (metadata) or a new version of `documentId`; cancellable through `signal`. */
export async function uploadFile(
  file: File,
  target: { metadata: DocumentMetadata; documentId?: string },
  onProgress: Progress,
  signal: AbortSignal,
): Promise<TransferResult<{ id: string; versionId: string }>> {
  const begun = await invoke('documents:beginUpload', {
    ...target.metadata,
    ...(target.documentId ? { documentId: target.documentId } : {}),
    originalName: file.name,
    mediaType: mediaTypeOf(file),
    size: file.size,
  });
  if (!begun.ok) return begun;
  const { uploadId } = begun.value;
  const abandon = async (): Promise<TransferResult<never>> => {
    await invoke('documents:cancelUpload', { uploadId });
    return cancelled;
  };
  onProgress(0, file.size);
  for (let offset = 0, index = 0; offset < file.size; offset += PIECE, index++) {
    if (signal.aborted) return abandon();
    const piece = new Uint8Array(await file.slice(offset, offset + PIECE).arrayBuffer());
    const sent = await invoke('documents:uploadChunk', { uploadId, index, bytes: toBase64(piece) });
    if (!sent.ok) return sent;
    onProgress(sent.value.received, file.size);
  }
  if (signal.aborted) return abandon();
  const finished = await invoke('documents:finishUpload', { uploadId });
  return finished.ok ? { ok: true, value: finished.value } : finished;
}

/**
 * A version's plaintext, assembled in memory. The main process authenticates every chunk
 * before sending it; `eof` comes only after the last one, so a cut file never looks complete.
 */
export async function readVersion(
  versionId: string,
  size: number,
  onProgress: Progress,
  signal: AbortSignal,
): Promise<TransferResult<Uint8Array>> {
  const bytes = new Uint8Array(size);
  let offset = 0;
  onProgress(0, size);
  for (;;) {
    if (signal.aborted) return cancelled;
    const piece = await invoke('documents:read', { versionId, offset, length: PIECE });
    if (!piece.ok) return piece;
    offset += fromBase64Into(piece.value.bytes, bytes, offset);
    onProgress(offset, size);
    if (piece.value.eof) break;
  }
  if (offset !== size) return { ok: false, error: { code: 'INTEGRITY', message: 'Size mismatch' } };
  return { ok: true, value: bytes };
}
