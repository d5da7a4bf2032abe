import { foldForSearch, searchTokens } from './turkish-fold';

export interface SnippetSegment {
  text: string;
  hit: boolean;
}

/**
 * Cuts a short excerpt of `original` around the first word that starts with one of the query's
 * tokens, comparing folded forms (so `sukru` marks `Şükrü`) but returning the original text.
 * Each character is folded on its own so folded positions map back to the original exactly.
 */
export function snippetSegments(original: string, query: string, width = 90): SnippetSegment[] {
  const tokens = searchTokens(query);
  const chars = [...original];
  const foldedChars = chars.map((ch) => foldForSearch(ch));
  // Build the folded text with a map from folded offset to original character index.
  let folded = '';
  const origin: number[] = [];
  foldedChars.forEach((f, i) => {
    for (let k = 0; k < f.length; k++) origin.push(i);
    folded += f;
  });

  const marks = new Array<boolean>(chars.length).fill(false);
  let firstHit = -1;
  for (const token of tokens) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(token, from);
      if (at < 0) break;
      const startsWord = at === 0 || !/[\p{L}\p{N}]/u.test(folded[at - 1] ?? '');
      if (startsWord) {
        // Mark the whole word: prefix search matched its start.
        let end = at + token.length;
        while (end < folded.length && /[\p{L}\p{N}]/u.test(folded[end] ?? '')) end++;
        const startChar = origin[at] ?? 0;
        const endChar = origin[end - 1] ?? startChar;
        for (let i = startChar; i <= endChar; i++) marks[i] = true;
        if (firstHit < 0 || startChar < firstHit) firstHit = startChar;
      }
      from = at + Math.max(1, token.length);
    }
  }

  const start = firstHit < 0 ? 0 : Math.max(0, firstHit - Math.floor(width / 3));
  const end = Math.min(chars.length, start + width);
  const segments: SnippetSegment[] = [];
  if (start > 0) segments.push({ text: '…', hit: false });
  for (let i = start; i < end; i++) {
    const hit = marks[i] ?? false;
    const last = segments[segments.length - 1];
    if (last && last.hit === hit && last.text !== '…') last.text += chars[i];
    else segments.push({ text: chars[i] ?? '', hit });
  }
  if (end < chars.length) segments.push({ text: '…', hit: false });
  return segments;
}
