import { DocumentIntegrityError } from '../../crypto/document-format';
import { AppError } from '../../shared/errors';

/**
 * Storage and crypto failures as AppErrors. Messages are fixed sentences: never a path, a file
 * name or a title, since they reach logs, the CLI and the renderer.
 */
export function asAppError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  if (error instanceof DocumentIntegrityError)
    return new AppError('INTEGRITY', 'The document failed its integrity check', [`document.${error.reason}`]);
  if (isErrno(error, 'ENOENT')) return new AppError('INTEGRITY', 'The document file is missing', ['document.missing']);
  // A full disk (or a file past the filesystem's size limit) while importing: the temp file is
  // already gone, so the vault is as it was; say what happened without the path.
  if (['ENOSPC', 'EDQUOT', 'EFBIG'].some((code) => isErrno(error, code)))
    return new AppError('INTERNAL', 'There is not enough space to store the document', ['document.noSpace']);
  if (['EACCES', 'EPERM', 'EROFS'].some((code) => isErrno(error, code)))
    return new AppError('FORBIDDEN', 'The document folder cannot be written', ['document.noPermission']);
  return error;
}

export function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}

/** Wraps a plaintext stream so its failures surface as AppErrors too. */
export async function* mapErrors<T>(stream: AsyncGenerator<T, void, undefined>): AsyncGenerator<T, void, undefined> {
  try {
    yield* stream;
  } catch (error) {
    throw asAppError(error);
  }
}
