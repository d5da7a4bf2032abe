import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadable, useInvokeMutation, useInvokeQuery } from '../../api/query';
import { ErrorMessage } from '../../components/ErrorMessage';
import { DateField } from '../../components/DateField';
import { formatDate } from '../../components/format';
import { validationMessage } from '../../components/validationMessage';
import { PLAYBOOK_PHASES, type PlaybookStepView } from '@shared/schemas/playbooks';
import type { AppErrorShape } from '@shared/errors';
import { ClientNoteDialog } from './ClientNoteDialog';
import { GlossaryDialog } from './GlossaryDialog';
import { PetitionDialog } from './PetitionDialog';
import './guide.css';

/** Picks the Turkish or English form of a bilingual field. */
function useBilingual() {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  return <T,>(tr: T, enValue: T): T => (en ? enValue : tr);
}

/**
 * "What to do next" on the case page (issue 16): the case type's playbook, the next open step
 * first with one click to create its task or deadline, then every step by phase. Hideable per case.
 */
/** The signed-playbook refusals the panel words itself (messages under guide.update.refused). */
const REFUSALS = {
  'playbook.notSigned': true,
  'playbook.noTrustedOrg': true,
  'playbook.otherOrganisation': true,
  'playbook.badSignature': true,
  'playbook.invalid': true,
  'playbook.unknown': true,
  'playbook.notNewer': true,
} as const;

/** The guide's dialogs, in the order of their buttons; each opens with `guide.<dialog>.open`. */
const GUIDE_DIALOGS = ['petitions', 'clientNote', 'glossary'] as const;
type GuideDialog = (typeof GUIDE_DIALOGS)[number];

export function GuidePanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const pick = useBilingual();
  const view = loadable(useInvokeQuery('playbooks:forCase', { caseId }));
  const setHidden = useInvokeMutation('playbooks:setHidden');
  const importPlaybook = useInvokeMutation('playbooks:import');
  const revertPlaybook = useInvokeMutation('playbooks:revert');
  const imports = useInvokeQuery('playbooks:imports', {});
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [status, setStatus] = useState('');
  const [dialog, setDialog] = useState<GuideDialog | null>(null);
  const close = () => setDialog(null);
  const generated = (message: string) => {
    setDialog(null);
    setStatus(message);
  };

  if (view.kind === 'loading') return null;
  if (view.kind === 'error') {
    return (
      <section className="case-section guide-panel" aria-labelledby="guide-title">
        <h2 id="guide-title">{t('guide.title')}</h2>
        <p>{t('guide.loadFailed')}</p>
        <ErrorMessage error={view.error} />
      </section>
    );
  }
  const v = view.value;
  if (!v.playbook) return null;

  const toggle = async (): Promise<void> => {
    setError(null);
    const result = await setHidden({ caseId, hidden: !v.hidden });
    if (!result.ok) setError(result.error);
  };

  const imported = imports.data?.imports.some((i) => i.id === v.playbook?.id && i.valid) ?? false;

  /** A refusal's reason (signed playbooks) said in words; anything else through ErrorMessage. */
  const refusal = (e: AppErrorShape): string | null => {
    const reason = e.details?.find((d) => d.startsWith('playbook.'));
    return reason && reason in REFUSALS ? t(`guide.update.refused.${reason as keyof typeof REFUSALS}`) : null;
  };

  const importUpdate = async (): Promise<void> => {
    setError(null);
    setStatus('');
    const result = await importPlaybook({});
    if (!result.ok) {
      const said = refusal(result.error);
      if (said) setStatus(said);
      else setError(result.error);
      return;
    }
    if (!result.value.cancelled)
      setStatus(t('guide.update.imported', { date: formatDate(result.value.reviewedOn ?? '') }));
  };

  const revert = async (id: string): Promise<void> => {
    setError(null);
    const result = await revertPlaybook({ id });
    if (!result.ok) setError(result.error);
    else setStatus(t('guide.update.reverted'));
  };

  const head = (
    <div className="case-section-head">
      <h2 id="guide-title">{t('guide.title')}</h2>
      <div className="cluster">
        {GUIDE_DIALOGS.map((d) => (
          <button key={d} type="button" className="button" onClick={() => setDialog(d)}>
            {t(`guide.${d}.open`)}
          </button>
        ))}
        <button type="button" className="button" onClick={() => void importUpdate()}>
          {t('guide.update.import')}
        </button>
        <button type="button" className="button button-quiet" aria-expanded={!v.hidden} onClick={() => void toggle()}>
          {v.hidden ? t('guide.show') : t('guide.hide')}
        </button>
      </div>
      {dialog === 'glossary' ? <GlossaryDialog onClose={close} /> : null}
      {dialog === 'clientNote' ? (
        <ClientNoteDialog
          caseId={caseId}
          onClose={close}
          onGenerated={() => generated(t('guide.clientNote.generated'))}
        />
      ) : null}
      {dialog === 'petitions' ? (
        <PetitionDialog
          caseId={caseId}
          onClose={close}
          onGenerated={(version) => generated(t('guide.petitions.generated', { version: String(version) }))}
        />
      ) : null}
    </div>
  );
  if (v.hidden) {
    return (
      <section className="case-section guide-panel guide-hidden" aria-labelledby="guide-title">
        {head}
        <p className="case-subtle">{t('guide.hiddenNote')}</p>
        <p className="status-message" role="status">
          {status}
        </p>
        <ErrorMessage error={error} />
      </section>
    );
  }

  const pb = v.playbook;
  const next = v.steps.find((s) => s.id === v.nextStepId) ?? null;
  const done = v.steps.filter((s) => s.state !== 'open').length;
  return (
    <section className="case-section guide-panel" aria-labelledby="guide-title">
      {head}
      <p className="guide-playbook">
        <strong>{pick(pb.titleTr, pb.titleEn)}</strong>
        <span className="case-subtle">
          {' '}
          · {t('guide.reviewed', { date: formatDate(pb.reviewedOn), role: pick(pb.reviewerRoleTr, pb.reviewerRoleEn) })}
        </span>
      </p>
      {imported ? (
        <p className="guide-imported">
          {t('guide.update.fromOrg')}{' '}
          <button type="button" className="button button-quiet" onClick={() => void revert(pb.id)}>
            {t('guide.update.revert')}
          </button>
        </p>
      ) : null}
      <details className="guide-basis">
        <summary>{t('guide.basis')}</summary>
        <p>{pick(pb.legalBasisTr, pb.legalBasisEn)}</p>
        <p className="case-subtle">
          {t('guide.sources')}: {pb.sources.join('; ')}
        </p>
      </details>
      <p className="status-message" role="status">
        {status}
      </p>
      <ErrorMessage error={error} />
      {next ? (
        <div className="guide-next" aria-labelledby="guide-next-title">
          <h3 id="guide-next-title" className="guide-next-label">
            {t('guide.next')} · {t(`guide.phases.${next.phase}`)}
          </h3>
          <StepBody step={next} caseId={caseId} full onStatus={setStatus} />
        </div>
      ) : (
        <p className="case-empty">{t('guide.allDone')}</p>
      )}
      <details className="guide-all">
        <summary>{t('guide.allSteps', { done: String(done), total: String(v.steps.length) })}</summary>
        {PLAYBOOK_PHASES.map((phase) => {
          const steps = v.steps.filter((s) => s.phase === phase);
          if (steps.length === 0) return null;
          return (
            <div key={phase} className="guide-phase">
              <h3>{t(`guide.phases.${phase}`)}</h3>
              <ol className="plain-list guide-steps">
                {steps.map((s) => (
                  <li key={s.id} className={`guide-step guide-step-${s.state}`}>
                    <StepBody step={s} caseId={caseId} full={false} onStatus={setStatus} />
                  </li>
                ))}
              </ol>
            </div>
          );
        })}
      </details>
      <Coordinator />
      <p className="case-subtle guide-notice">{t('guide.draftNotice')}</p>
    </section>
  );
}

/**
 * "Ask the coordinator": the contact the organisation signed into its key file. Shown as text
 * (the window opens no tel: or mailto: links: every navigation is refused), selectable to copy.
 */
function Coordinator() {
  const { t } = useTranslation();
  const answer = loadable(useInvokeQuery('playbooks:coordinator', {}));
  if (answer.kind !== 'ready') return null;
  const contact = answer.value.contact;
  return (
    <div className="guide-coordinator" role="group" aria-labelledby="guide-coordinator-title">
      <h3 id="guide-coordinator-title">{t('guide.coordinator.title')}</h3>
      {contact ? (
        <dl className="guide-coordinator-card">
          <dt className="visually-hidden">{t('guide.coordinator.name')}</dt>
          <dd>{contact.name}</dd>
          {contact.phone ? (
            <>
              <dt>{t('guide.coordinator.phone')}</dt>
              <dd>
                <span dir="ltr">tel:{contact.phone.replace(/[^+0-9]/g, '')}</span> ({contact.phone})
              </dd>
            </>
          ) : null}
          {contact.email ? (
            <>
              <dt>{t('guide.coordinator.email')}</dt>
              <dd>
                <span dir="ltr">mailto:{contact.email}</span>
              </dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p className="case-subtle">{t('guide.coordinator.none')}</p>
      )}
    </div>
  );
}

function StepBody({
  step,
  caseId,
  full,
  onStatus,
}: {
  step: PlaybookStepView;
  caseId: string;
  full: boolean;
  onStatus: (text: string) => void;
}) {
  const { t } = useTranslation();
  const pick = useBilingual();
  const act = useInvokeMutation('playbooks:act');
  const setStep = useInvokeMutation('playbooks:setStep');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [askStart, setAskStart] = useState(false);
  const [startDate, setStartDate] = useState('');

  const run = async (what: () => Promise<{ ok: boolean; error?: AppErrorShape }>, done: string): Promise<void> => {
    setBusy(true);
    setError(null);
    onStatus('');
    const result = await what();
    setBusy(false);
    if (result.ok) {
      setAskStart(false);
      onStatus(done);
      return;
    }
    const e = result.error ?? null;
    if (e?.details?.some((d) => d.startsWith('start'))) setAskStart(true);
    setError(e);
  };

  const create = () =>
    run(
      () =>
        act({
          caseId,
          stepId: step.id,
          ...(askStart && startDate ? { start: { kind: 'notification' as const, date: startDate } } : {}),
        }),
      step.action?.kind === 'deadline' ? t('guide.deadlineCreated') : t('guide.taskCreated'),
    );
  const mark = (state: 'open' | 'done' | 'skipped') =>
    run(() => setStep({ caseId, stepId: step.id, state }), t('guide.stepSaved'));

  const documents = pick(step.documentsTr, step.documentsEn);
  const detail = pick(step.detailTr, step.detailEn);
  const tell = pick(step.tellClientTr, step.tellClientEn);
  const basis = pick(step.basisTr, step.basisEn);
  const open = step.state === 'open';
  return (
    <div className="guide-step-body">
      <p className="guide-step-title">
        <strong>{pick(step.titleTr, step.titleEn)}</strong>{' '}
        {step.state !== 'open' ? <span className="case-badge">{t(`guide.states.${step.state}`)}</span> : null}
        {step.taskId ? <span className="case-subtle"> · {t('guide.createdTask')}</span> : null}
        {step.deadlineId ? <span className="case-subtle"> · {t('guide.createdDeadline')}</span> : null}
      </p>
      {full && detail ? <p>{detail}</p> : null}
      {full && documents.length > 0 ? (
        <div>
          <p className="guide-label">{t('guide.documents')}</p>
          <ul className="guide-documents">
            {documents.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {full && tell ? (
        <p>
          <span className="guide-label">{t('guide.tellClient')}: </span>
          {tell}
        </p>
      ) : null}
      {full && basis ? (
        <p className="case-subtle">
          {t('guide.basis')}: {basis}
        </p>
      ) : null}
      {askStart ? (
        <DateField label={t('guide.startDate')} hint={t('guide.startHint')} value={startDate} onChange={setStartDate} />
      ) : null}
      {error ? (
        error.code === 'VALIDATION' && error.details?.[0] ? (
          <div className="error-message" role="alert">
            <p>{validationMessage(t, error.details[0].split(':')[1])}</p>
          </div>
        ) : (
          <ErrorMessage error={error} />
        )
      ) : null}
      <div className="cluster guide-actions">
        {open && step.action ? (
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void create()}>
            {step.action.kind === 'deadline' ? t('guide.createDeadline') : t('guide.createTask')}
          </button>
        ) : null}
        {open ? (
          <>
            <button type="button" className="button" disabled={busy} onClick={() => void mark('done')}>
              {t('guide.markDone')}
            </button>
            <button type="button" className="button button-quiet" disabled={busy} onClick={() => void mark('skipped')}>
              {t('guide.skip')}
            </button>
          </>
        ) : (
          <button type="button" className="button button-quiet" disabled={busy} onClick={() => void mark('open')}>
            {t('guide.reopen')}
          </button>
        )}
      </div>
    </div>
  );
}
