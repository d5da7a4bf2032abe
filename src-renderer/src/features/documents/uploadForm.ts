import { z } from 'zod';
import { DOCUMENT_CATEGORIES, documentMetadataSchema, type DocumentMetadata } from '@shared/schemas/documents';
import { inputToIso } from '../cases/format';

/** What the upload form holds: the date as DateField gives it, the rest as typed or chosen. */
export const uploadFormValues = z.object({
  title: z.string(),
  category: z.enum(DOCUMENT_CATEGORIES),
  date: z.string(),
  language: z.string(),
  note: z.string(),
});
export type UploadFormValues = z.input<typeof uploadFormValues>;

/** The document a new version is added to: it keeps its own title and category. */
export interface VersionOf {
  documentId: string;
  title: string;
  category: z.output<typeof uploadFormValues>['category'];
}

/** The form field showing each metadata field's problem. */
const FIELD_OF = {
  title: 'title',
  category: 'category',
  documentDate: 'date',
  note: 'note',
  language: 'language',
} as const;

/**
 * Form values → the document's metadata (`documentMetadataSchema`). Issue messages are message
 * keys at the form's paths: the upload's own sentences for a missing title and a bad date, the
 * shared `validation` sentence for anything else the metadata schema refuses (a title too long).
 * For a new version the metadata only names the case; the backend ignores the rest.
 */
export function uploadFormSchema(caseId: string, version: VersionOf | undefined) {
  return uploadFormValues.transform((v, ctx): DocumentMetadata => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', message, path: [path] });
    const typed = inputToIso(v.date);
    const documentDate = typed && /^\d{4}-\d{2}-\d{2}$/.test(typed) ? typed : undefined;
    const noTitle = !version && v.title.trim() === '';
    const badDate = !version && v.date.trim() !== '' && !documentDate;
    if (noTitle) issue('title', 'documents.upload.titleRequired');
    if (badDate) issue('date', 'documents.upload.badDate');
    if (noTitle || badDate) return z.NEVER;
    const parsed = documentMetadataSchema.safeParse({
      caseId,
      title: version ? version.title : v.title.trim(),
      category: version ? version.category : v.category,
      ...(!version && documentDate ? { documentDate } : {}),
      ...(!version && v.note.trim() ? { note: v.note.trim() } : {}),
      ...(!version && v.language ? { language: v.language } : {}),
    });
    if (parsed.success) return parsed.data;
    for (const found of parsed.error.issues) {
      const field = FIELD_OF[found.path[0] as keyof typeof FIELD_OF] ?? 'title';
      // Only the date can still fail as a date here (31.02.2025); its sentence is the field's own.
      issue(field, field === 'date' ? 'documents.upload.badDate' : `validation.${found.message}`);
    }
    return z.NEVER;
  });
}
