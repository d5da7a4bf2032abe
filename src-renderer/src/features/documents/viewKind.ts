/**
 * What the in-app viewer may do with a file, decided by an allow-list of media types. Anything
 * that can carry script or active content (HTML, SVG, XML, Office files…) is never rendered,
 * only exported: the viewer runs in our own origin, next to the vault's IPC bridge.
 */
export type ViewKind = 'image' | 'pdf' | 'text' | 'none';

/** Raster formats Chromium decodes without running anything; SVG is deliberately absent. */
const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/bmp']);
const TEXT_TYPES = new Set(['text/plain', 'text/markdown', 'text/csv']);

export function viewKindOf(mediaType: string): ViewKind {
  if (IMAGE_TYPES.has(mediaType)) return 'image';
  if (mediaType === 'application/pdf') return 'pdf';
  if (TEXT_TYPES.has(mediaType)) return 'text';
  return 'none';
}

/**
 * Larger files are not assembled in memory for viewing (a PDF is held twice: ours and pdf.js's
 * worker copy); they can still be exported.
 */
export const MAX_VIEW_BYTES = 150 * 1024 * 1024;

const BY_EXTENSION: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  txt: 'text/plain',
  md: 'text/markdown',
  html: 'text/html',
  htm: 'text/html',
  svg: 'image/svg+xml',
};

/**
 * The media type sent with an upload: the browser's own guess when it is well-formed, else one
 * from the extension. It only labels the file; viewing still goes through `viewKindOf`.
 */
export function mediaTypeOf(file: { name: string; type: string }): string {
  const type = file.type.toLowerCase().split(';')[0]?.trim() ?? '';
  if (/^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/.test(type)) return type;
  const ext = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  return BY_EXTENSION[ext] ?? 'application/octet-stream';
}

/** The default title: the file name without its extension. */
export function titleFromName(name: string): string {
  const stem = name.replace(/\.[^.]*$/, '').trim();
  return stem || name;
}
