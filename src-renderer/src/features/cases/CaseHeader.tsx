import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineItem } from '@shared/schemas/casefile-views';
import { NextDeadline } from '../deadlines/NextDeadline';
import { Countdown } from './Countdown';
import { StayBadge } from '../casework/StayBadge';
import { caseLabel } from './labels';
import type { CaseRecord } from './useCaseData';
import { formatDate } from '../../components/format';

interface Props {
  record: CaseRecord;
  nextTask: Extract<TimelineItem, { type: 'task' }> | undefined;
  onOpenClient: (id: string) => void;
}

/** Who, what, where, which file numbers, and what is due next: the first things a lawyer checks. */
export function CaseHeader({ record, nextTask, onOpenClient }: Props) {
  const { t } = useTranslation();
  const c = record.case;
  const notSet = <span className="case-subtle">{t('cases.notSet')}</span>;
  const authority = c.authority
    ? [t(`cases.authorities.${c.authority.kind}`), c.authority.name].filter(Boolean).join(' — ')
    : null;

  return (
    <div className="case-header">
      <div className="case-clients" role="group" aria-label={t('cases.clientsLabel')}>
        {record.clients.map((client) => (
          <button
            key={client.id}
            type="button"
            className="case-client-link"
            aria-label={t('cases.openClient', { name: client.name })}
            onClick={() => onOpenClient(client.id)}
          >
            {client.name}
          </button>
        ))}
      </div>
      <div className="case-badges">
        <span className="case-type">{t(`caseTypes.${c.type}`)}</span>
        <span className={`case-status case-status-${c.status}`} data-testid="case-status">
          {t(`caseStatus.${c.status}`)}
        </span>
        <StayBadge caseId={record.id} />
      </div>
      <NextDeadline caseId={record.id} />
      <div className="case-next" aria-live="polite">
        <span className="case-next-label">{t('cases.nextTask')}:</span>{' '}
        {nextTask?.dueOn ? (
          <>
            <span className="case-next-title">{nextTask.title}</span> <Countdown dueOn={nextTask.dueOn} />
          </>
        ) : (
          <span className="case-subtle">{t('cases.noOpenTask')}</span>
        )}
      </div>
      <dl className="case-facts">
        <Fact label={t('cases.stage')}>{c.stage ? t(`cases.stages.${c.stage}`) : notSet}</Fact>
        <Fact label={t('cases.authority')}>{authority ?? notSet}</Fact>
        <Fact label={t('cases.court')}>{c.court ?? notSet}</Fact>
        <Fact label={t('cases.fileNumbers')}>
          {c.fileNumbers.length > 0 ? (
            <ul className="case-plain-list">
              {c.fileNumbers.map((n) => (
                <li key={`${n.kind}:${n.value}`}>
                  {t(`cases.fileNumberKinds.${n.kind}`)}: <span className="case-mono">{n.value}</span>
                </li>
              ))}
            </ul>
          ) : (
            notSet
          )}
        </Fact>
        <Fact label={t('cases.opposingParty')}>{c.opposingParty ?? notSet}</Fact>
        <Fact label={t('cases.outcome')}>{t(`cases.outcomes.${c.outcome}`)}</Fact>
        <Fact label={t('cases.opened')}>{formatDate(c.openedOn)}</Fact>
        {c.closedOn ? (
          <Fact label={t('cases.closed')}>
            {formatDate(c.closedOn)}
            {c.closureReason ? ` — ${t(`cases.closureReasons.${c.closureReason}`)}` : ''}
          </Fact>
        ) : null}
        {c.tags.length > 0 ? (
          <Fact label={t('cases.tags')}>
            <ul className="case-tag-list">
              {c.tags.map((tag) => (
                <li key={tag} className="case-tag">
                  {tag}
                </li>
              ))}
            </ul>
          </Fact>
        ) : null}
      </dl>
    </div>
  );
}

/** One fact of the case: a term and its value in the header's description list. */
function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The page title: used by the page's h1, kept here next to the header it belongs with. */
export function caseTitle(t: Parameters<typeof caseLabel>[0], record: CaseRecord): string {
  return caseLabel(t, record.case.title, record.case.type);
}
