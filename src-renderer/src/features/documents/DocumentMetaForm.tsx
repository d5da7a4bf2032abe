import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvokeMutation } from '../../api/query';
import type { AppErrorShape } from '@shared/errors';
import { DOCUMENT_CATEGORIES, type DocumentCategory, type DocumentView } from '@shared/schemas/documents';
import { FormEnd } from '../casework/FormEnd';
import { LabeledField } from '../casework/LabeledField';

/** Correcting a document's title and category (documents:updateMeta); its versions stay as they are. */
export function DocumentMetaForm({
  doc,
  onCancel,
  onSaved,
}: {
  doc: DocumentView;
  onCancel: () => void;
  onSaved: (version: number) => void;
}) {
  const { t } = useTranslation();
  const update = useInvokeMutation('documents:updateMeta');
  const [title, setTitle] = useState(doc.title);
  const [category, setCategory] = useState<DocumentCategory>(doc.category);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const r = await update({ id: doc.id, version: doc.version, title, category });
    if (r.ok) onSaved(r.value.version);
    else setError(r.error);
  };
  return (
    <form className="case-form" noValidate aria-label={t('casework.edit.document')} onSubmit={(e) => void submit(e)}>
      <div className="case-form-grid">
        <LabeledField label={t('casework.documents.title')}>
          {(id) => (
            <input id={id} className="input" value={title} autoFocus onChange={(e) => setTitle(e.target.value)} />
          )}
        </LabeledField>
        <LabeledField label={t('casework.documents.category')}>
          {(id) => (
            <select
              id={id}
              className="input"
              value={category}
              onChange={(e) => setCategory(e.target.value as DocumentCategory)}
            >
              {DOCUMENT_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`documents.categories.${c}`)}
                </option>
              ))}
            </select>
          )}
        </LabeledField>
      </div>
      <FormEnd error={error} onCancel={onCancel} />
    </form>
  );
}
