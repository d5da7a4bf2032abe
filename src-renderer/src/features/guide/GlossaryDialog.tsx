import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadable, useInvokeQuery } from '../../api/query';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';

/** The glossary (issue 16): legal terms a volunteer meets, in plain words, filterable. */
export function GlossaryDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const terms = loadable(useInvokeQuery('glossary:list', {}));
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLocaleLowerCase('tr');
  return (
    <Dialog
      title={t('guide.glossary.title')}
      onClose={onClose}
      testId="glossary-dialog"
      actions={
        <button type="button" className="button" onClick={onClose}>
          {t('guide.glossary.close')}
        </button>
      }
    >
      <Field label={t('guide.glossary.filter')}>
        {(control) => (
          <input
            {...control}
            type="search"
            maxLength={100}
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
        )}
      </Field>
      {terms.kind === 'error' ? <ErrorMessage error={terms.error} /> : null}
      {terms.kind === 'ready' ? (
        <dl className="guide-glossary">
          {terms.value.terms
            .filter((x) => !needle || `${x.termTr} ${x.plainTr} ${x.plainEn}`.toLocaleLowerCase('tr').includes(needle))
            .map((x) => (
              <div key={x.id}>
                <dt>{x.termTr}</dt>
                <dd>{i18n.language === 'en' ? x.plainEn : x.plainTr}</dd>
              </div>
            ))}
        </dl>
      ) : null}
    </Dialog>
  );
}
