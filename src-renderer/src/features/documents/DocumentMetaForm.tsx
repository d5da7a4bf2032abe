import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvokeMutation } from '../../api/query';
import { ValueSelectField, ValueTextField, optionsOf } from '../../components/ValueFields';
import { DOCUMENT_CATEGORIES, type DocumentCategory, type DocumentView } from '@shared/schemas/documents';
import { CaseForm } from '../casework/CaseForm';

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
  return (
    <CaseForm
      label={t('casework.edit.document')}
      save={() => update({ id: doc.id, version: doc.version, title, category })}
      onSaved={(r) => onSaved(r.version)}
      onCancel={onCancel}
    >
      <ValueTextField label={t('casework.documents.title')} value={title} autoFocus onChange={setTitle} />
      <ValueSelectField
        label={t('casework.documents.category')}
        value={category}
        onChange={setCategory}
        options={optionsOf(DOCUMENT_CATEGORIES, (c) => t(`documents.categories.${c}`))}
      />
    </CaseForm>
  );
}
