import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadable, useInvokeQuery } from '../../api/query';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ValueTextField } from '../../components/ValueFields';

interface GlossaryDialogProps {
  onClose: () => void;
  /** Opened from the search palette: this term is marked, scrolled to and focused. */
  termId?: string;
}

/** The glossary (issue 16): legal terms a volunteer meets, in plain words, with their source; filterable. */
export function GlossaryDialog({ onClose, termId }: GlossaryDialogProps) {
  const { t, i18n } = useTranslation();
  const terms = loadable(useInvokeQuery('glossary:list', {}));
  const [filter, setFilter] = useState('');
  const focused = useRef<HTMLDivElement>(null);
  const needle = filter.trim().toLocaleLowerCase('tr');
  const ready = terms.kind === 'ready';

  useEffect(() => {
    if (!ready || !focused.current) return;
    focused.current.scrollIntoView({ block: 'center' });
    focused.current.focus();
  }, [ready]);

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
      <ValueTextField
        label={t('guide.glossary.filter')}
        className=""
        type="search"
        maxLength={100}
        value={filter}
        onChange={setFilter}
      />
      {terms.kind === 'error' ? <ErrorMessage error={terms.error} /> : null}
      {terms.kind === 'ready' ? (
        <dl className="guide-glossary">
          {terms.value.terms
            .filter(
              (x) =>
                !needle || `${x.termTr} ${x.termEn} ${x.plainTr} ${x.plainEn}`.toLocaleLowerCase('tr').includes(needle),
            )
            .map((x) => {
              const current = x.id === termId;
              return (
                <div
                  key={x.id}
                  ref={current ? focused : undefined}
                  tabIndex={current ? -1 : undefined}
                  aria-current={current ? 'true' : undefined}
                  className={current ? 'guide-glossary-current' : undefined}
                  data-term={x.id}
                >
                  <dt>
                    {x.termTr}
                    {i18n.language === 'en' ? <span className="guide-glossary-en"> — {x.termEn}</span> : null}
                  </dt>
                  <dd>{i18n.language === 'en' ? x.plainEn : x.plainTr}</dd>
                  <dd className="guide-glossary-source">
                    {t('guide.glossary.source')}: {x.source}
                  </dd>
                </div>
              );
            })}
        </dl>
      ) : null}
    </Dialog>
  );
}
