import glossaryJson from '../../../resources/glossary.json' with { type: 'json' };
import { matchGlossary } from '../../domain/glossary/match';
import { glossaryFileSchema, type GlossaryFile, type GlossaryTerm } from '../../shared/schemas/glossary';

let cached: GlossaryFile | undefined;

/** The shipped glossary (resources/glossary.json), validated on first use; a bad file throws. */
export function loadGlossary(json: unknown = glossaryJson): GlossaryFile {
  if (json !== glossaryJson) return glossaryFileSchema.parse(json);
  cached ??= glossaryFileSchema.parse(json);
  return cached;
}

/** The shipped glossary's terms a search query finds (Turkish folding, names first). */
export function searchGlossary(query: string): GlossaryTerm[] {
  return matchGlossary(loadGlossary().terms, query);
}
