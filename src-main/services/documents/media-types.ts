import { extname } from 'node:path';

/**
 * Media type from a file name, for files added from disk (file dialog, CLI). It only labels the
 * file; whether the viewer may render it is decided later by an allow-list, never by this guess.
 */
const BY_EXTENSION: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.heic': 'image/heic',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.svg': 'image/svg+xml',
  '.rtf': 'application/rtf',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.eml': 'message/rfc822',
  '.zip': 'application/zip',
};

export function mediaTypeFromName(name: string): string {
  return BY_EXTENSION[extname(name).toLowerCase()] ?? 'application/octet-stream';
}

/** Plain text is indexed for search as it streams through; other kinds need an extractor. */
export function isIndexableText(mediaType: string, name: string): boolean {
  return mediaType === 'text/plain' || mediaType === 'text/markdown' || /\.(txt|md)$/i.test(name);
}
