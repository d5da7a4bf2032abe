import glossaryJson from '../../../resources/glossary.json' with { type: 'json' };
import { glossaryFileSchema, type GlossaryFile } from '../../shared/schemas/glossary';

let cached: GlossaryFile | undefined;

/** The shipped glossary (resources/glossary.json), validated on first use; a bad file throws. */
export function loadGlossary(json: unknown = glossaryJson): GlossaryFile {
  if (json !== glossaryJson) return glossaryFileSchema.parse(json);
  cached ??= glossaryFileSchema.parse(json);
  return cached;
}
