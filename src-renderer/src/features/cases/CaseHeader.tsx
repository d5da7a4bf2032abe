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
        <div>
          <dt>{t('cases.stage')}</dt>
          <dd>{c.stage ? t(`cases.stages.${c.stage}`) : notSet}</dd>
        </div>
        <div>
          <dt>{t('cases.authority')}</dt>
          <dd>{authority ?? notSet}</dd>
        </div>
        <div>
          <dt>{t('cases.court')}</dt>
          <dd>{c.court ?? notSet}</dd>
        </div>
        <div>
          <dt>{t('cases.fileNumbers')}</dt>
          <dd>
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
          </dd>
        </div>
        <div>
          <dt>{t('cases.opposingParty')}</dt>
          <dd>{c.opposingParty ?? notSet}</dd>
        </div>
        <div>
          <dt>{t('cases.outcome')}</dt>
          <dd>{t(`cases.outcomes.${c.outcome}`)}</dd>
        </div>
        <div>
          <dt>{t('cases.opened')}</dt>
          <dd>{formatDate(c.openedOn)}</dd>
        </div>
        {c.closedOn ? (
          <div>
            <dt>{t('cases.closed')}</dt>
            <dd>
              {formatDate(c.closedOn)}
              {c.closureReason ? ` — ${t(`cases.closureReasons.${c.closureReason}`)}` : ''}
            </dd>
          </div>
        ) : null}
        {c.tags.length > 0 ? (
          <div>
            <dt>{t('cases.tags')}</dt>
            <dd>
              <ul className="case-tag-list">
                {c.tags.map((tag) => (
                  <li key={tag} className="case-tag">
                    {tag}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
    </div>
  );
}

/** The page title: used by the page's h1, kept here next to the header it belongs with. */
export function caseTitle(t: Parameters<typeof caseLabel>[0], record: CaseRecord): string {
  return caseLabel(t, record.case.title, record.case.type);
}
