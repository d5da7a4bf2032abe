import { HandOverCase } from '../handover/HandOverCase';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { useUnsavedChangesGuard } from '../../app/navigation';
import { ErrorMessage } from '../../components/ErrorMessage';
import { RecordsSection } from '../casework/RecordsSection';
import { DeadlinesSection } from '../deadlines/DeadlinesSection';
import { DocumentsSection } from '../documents/DocumentsSection';
import { GuidePanel } from '../guide/GuidePanel';
import { CaseEditForm } from './CaseEditForm';
import { CaseHeader, caseTitle } from './CaseHeader';
import { ActionConfirm, useConfirmedAction } from '../../components/useConfirmedAction';
import { PartiesSection } from './PartiesSection';
import { TimelineSection } from './TimelineSection';
import { nextOpenTask, useCaseData } from './useCaseData';
import { UnsavedProvider, useUnsavedRegistry } from './unsavedGuard';
import './cases.css';

interface Props {
  caseId: string;
  onOpenClient: (id: string) => void;
  onBack: () => void;
  /** Opens the printable summary of this case (issue 17). */
  onPrintSummary?: () => void;
}

export function CasePage({ caseId, onOpenClient, onBack, onPrintSummary }: Props) {
  const { t } = useTranslation();
  const { record, timeline, reloadCase, reloadTimeline } = useCaseData(caseId);
  const { registry, anyDirty } = useUnsavedRegistry();
  // One flag for the router: leaving (menu, back, a client link, Ctrl+K) asks first.
  useUnsavedChangesGuard(anyDirty);
  const [editing, setEditing] = useState(false);
  const trash = useConfirmedAction(() => invoke('cases:trash', { id: caseId }), onBack);
  const [savedNotice, setSavedNotice] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const ready = record.kind === 'ready';

  // Focus the case's title once it has loaded, so the page starts where its content starts.
  useEffect(() => {
    if (ready) headingRef.current?.focus();
  }, [ready]);

  const back = (
    <button type="button" className="button button-link case-back" onClick={onBack}>
      <span aria-hidden="true">← </span>
      {t('cases.back')}
    </button>
  );

  if (record.kind === 'loading') {
    return (
      <section className="case-page">
        {back}
        <p className="busy" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('cases.pageLoading')}
        </p>
      </section>
    );
  }
  if (record.kind === 'error') {
    return (
      <section className="case-page">
        {back}
        <h1 className="page-title">{t('cases.pageLoadFailed')}</h1>
        <ErrorMessage error={record.error} />
      </section>
    );
  }

  const value = record.value;
  const items = timeline.kind === 'ready' ? timeline.value : null;
  const closeEdit = (): void => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <UnsavedProvider registry={registry}>
      <section className="case-page" aria-labelledby="case-title">
        {back}
        <div className="case-title-row">
          <h1 id="case-title" ref={headingRef} tabIndex={-1} className="page-title">
            {caseTitle(t, value)}
          </h1>
          <div className="case-title-actions">
            <button
              ref={editButton}
              type="button"
              className="button"
              aria-expanded={editing}
              onClick={() => {
                setSavedNotice('');
                setEditing((open) => !open);
              }}
            >
              {t('cases.edit')}
            </button>
            {onPrintSummary ? (
              <button type="button" className="button button-quiet" onClick={onPrintSummary}>
                {t('caseSummary.open')}
              </button>
            ) : null}
            <button type="button" className="button button-quiet" onClick={trash.ask}>
              {t('cases.trash')}
            </button>
          </div>
        </div>
        <HandOverCase caseId={caseId} onShredded={onBack} />
        <CaseHeader record={value} nextTask={items ? nextOpenTask(items) : undefined} onOpenClient={onOpenClient} />
        <p className="status-message" role="status">
          {savedNotice}
        </p>
        <ErrorMessage error={trash.error} />
        {editing ? (
          <CaseEditForm
            record={value}
            onCancel={closeEdit}
            onConflict={reloadCase}
            onSaved={async () => {
              await reloadCase();
              setSavedNotice(t('cases.saved'));
              closeEdit();
            }}
          />
        ) : null}
        <DeadlinesSection caseId={caseId} caseType={value.case.type} courtRecess={value.case.courtRecess} />
        <GuidePanel caseId={caseId} />
        <TimelineSection
          caseId={caseId}
          items={items}
          error={timeline.kind === 'error' ? timeline.error : null}
          onChanged={reloadTimeline}
        />
        <RecordsSection caseId={caseId} />
        <PartiesSection caseId={caseId} />
        <DocumentsSection caseId={caseId} />
        <ActionConfirm
          action={trash}
          title={t('cases.trashTitle')}
          confirmLabel={t('cases.trashConfirm')}
          cancelLabel={t('cases.cancel')}
        >
          <p>{t('cases.trashBody')}</p>
        </ActionConfirm>
      </section>
    </UnsavedProvider>
  );
}
