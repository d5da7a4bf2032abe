import { useTranslation } from 'react-i18next';
import type { TimelineItem } from '@shared/schemas/casefile-views';
import { loadable, useInvokeQuery } from '../../api/query';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDate, localCivilDate } from '../../components/format';
import { FocusedHeading } from '../../components/ScreenHeading';
import { currentLanguage } from '../../i18n';
import { caseLabel } from '../cases/labels';
import { useRules } from '../deadlines/useRules';
import './case-summary.css';

interface CaseSummaryPageProps {
  caseId: string;
  onBack: () => void;
}

/** `2027-05-20T10:30` → `20.05.2027 10:30`. */
function formatDateTime(value: string): string {
  const [date, time] = value.split('T');
  return time ? `${formatDate(date)} ${time.slice(0, 5)}` : formatDate(value);
}

/**
 * A printable summary of one case for the lawyer's paper file (issue 17): the header's facts,
 * deadlines, hearings, other people, tasks, and notes and activities; no documents. A page of its
 * own, laid out for paper by `@media print` (the app's frame and the buttons are not printed);
 * "Print" opens the system's print dialog, where the lawyer can also save a PDF.
 */
export function CaseSummaryPage({ caseId, onBack }: CaseSummaryPageProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const kase = loadable(useInvokeQuery('cases:get', { id: caseId }));
  const deadlines = loadable(useInvokeQuery('deadlines:list', { caseId }));
  const hearings = loadable(useInvokeQuery('hearings:list', { caseId }));
  const persons = loadable(useInvokeQuery('persons:list', { caseId }));
  const timeline = loadable(useInvokeQuery('timeline:list', { caseId }));
  const rules = useRules();

  const failed = [kase, deadlines, hearings, persons, timeline].find((q) => q.kind === 'error');
  if (failed?.kind === 'error') {
    return (
      <section className="stack">
        <p>{t('caseSummary.loadFailed')}</p>
        <ErrorMessage error={failed.error} />
      </section>
    );
  }
  if (
    kase.kind !== 'ready' ||
    deadlines.kind !== 'ready' ||
    hearings.kind !== 'ready' ||
    persons.kind !== 'ready' ||
    timeline.kind !== 'ready' ||
    rules === null
  ) {
    return <p className="muted">{t('app.loading')}</p>;
  }

  const c = kase.value.case;
  const ruleName = (id: string | null): string | null => {
    const rule = rules.find((r) => r.id === id);
    return rule ? (lang === 'en' ? rule.nameEn : rule.nameTr) : null;
  };
  const items: TimelineItem[] = timeline.value.items;
  const tasks = items.filter((i): i is Extract<TimelineItem, { type: 'task' }> => i.type === 'task');
  const notes = items.filter(
    (i): i is Extract<TimelineItem, { type: 'note' | 'activity' }> => i.type === 'note' || i.type === 'activity',
  );
  const none = <p className="muted">{t('caseSummary.none')}</p>;

  return (
    <article aria-labelledby="case-summary-title" className="case-summary">
      <div className="page-header no-print">
        <button type="button" className="button button-link back-link" onClick={onBack}>
          ← {t('caseSummary.back')}
        </button>
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {t('caseSummary.print')}
        </button>
      </div>
      <p className="notice no-print">{t('caseSummary.intro')}</p>
      <header className="case-summary-head">
        <FocusedHeading id="case-summary-title">
          {t('caseSummary.title')}: {caseLabel(t, c.title, c.type)}
        </FocusedHeading>
        <p className="muted">{t('caseSummary.printedOn', { date: formatDate(localCivilDate()) })}</p>
      </header>

      <section aria-labelledby="cs-details">
        <h2 id="cs-details">{t('caseSummary.details')}</h2>
        <dl className="case-summary-facts">
          <dt>{t('caseSummary.clients')}</dt>
          <dd>{kase.value.clients.map((x) => x.name).join(', ')}</dd>
          <dt>{t('caseSummary.type')}</dt>
          <dd>{t(`caseTypes.${c.type}`)}</dd>
          <dt>{t('caseSummary.status')}</dt>
          <dd>{t(`caseStatus.${c.status}`)}</dd>
          {c.court ? (
            <>
              <dt>{t('caseSummary.court')}</dt>
              <dd>{c.court}</dd>
            </>
          ) : null}
          {c.fileNumbers.length > 0 ? (
            <>
              <dt>{t('caseSummary.fileNumbers')}</dt>
              <dd>{c.fileNumbers.map((n) => `${t(`cases.fileNumberKinds.${n.kind}`)}: ${n.value}`).join(' · ')}</dd>
            </>
          ) : null}
          {c.opposingParty ? (
            <>
              <dt>{t('caseSummary.opposingParty')}</dt>
              <dd>{c.opposingParty}</dd>
            </>
          ) : null}
          <dt>{t('caseSummary.openedOn')}</dt>
          <dd>{formatDate(c.openedOn)}</dd>
          {c.closedOn ? (
            <>
              <dt>{t('caseSummary.closedOn')}</dt>
              <dd>{formatDate(c.closedOn)}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="cs-deadlines">
        <h2 id="cs-deadlines">{t('caseSummary.deadlines')}</h2>
        {deadlines.value.deadlines.length === 0 ? (
          none
        ) : (
          <table className="case-summary-table">
            <thead>
              <tr>
                <th scope="col">{t('caseSummary.deadline')}</th>
                <th scope="col">{t('caseSummary.dueOn')}</th>
                <th scope="col">{t('caseSummary.internalDueOn')}</th>
                <th scope="col">{t('caseSummary.state')}</th>
              </tr>
            </thead>
            <tbody>
              {deadlines.value.deadlines.map((d) => (
                <tr key={d.id}>
                  <td>{d.title ?? ruleName(d.ruleId) ?? t('caseSummary.deadline')}</td>
                  <td>{formatDate(d.dueOn)}</td>
                  <td>{formatDate(d.internalDueOn)}</td>
                  <td>{d.doneAt ? t('caseSummary.done') : t('caseSummary.stillOpen')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="cs-hearings">
        <h2 id="cs-hearings">{t('caseSummary.hearings')}</h2>
        {hearings.value.hearings.length === 0 ? (
          none
        ) : (
          <table className="case-summary-table">
            <thead>
              <tr>
                <th scope="col">{t('caseSummary.when')}</th>
                <th scope="col">{t('caseSummary.court')}</th>
                <th scope="col">{t('caseSummary.hall')}</th>
                <th scope="col">{t('caseSummary.state')}</th>
              </tr>
            </thead>
            <tbody>
              {hearings.value.hearings.map((h) => (
                <tr key={h.id}>
                  <td>
                    {formatDateTime(h.startsAt)} · {t(`hearings.kinds.${h.kind}`)}
                  </td>
                  <td>{h.court ?? ''}</td>
                  <td>{h.hall ?? ''}</td>
                  <td>{h.doneAt ? t('caseSummary.done') : t('caseSummary.stillOpen')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="cs-parties">
        <h2 id="cs-parties">{t('caseSummary.parties')}</h2>
        {persons.value.persons.length === 0 ? (
          none
        ) : (
          <ul className="case-summary-list">
            {persons.value.persons.map((p) => (
              <li key={p.id}>
                {p.name} — {t(`persons.roles.${p.role}`)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="cs-tasks">
        <h2 id="cs-tasks">{t('caseSummary.tasks')}</h2>
        {tasks.length === 0 ? (
          none
        ) : (
          <ul className="case-summary-list">
            {tasks.map((task) => (
              <li key={task.id}>
                {task.doneAt ? '☑' : '☐'} {task.title}
                {task.dueOn ? ` — ${t('caseSummary.dueOn')}: ${formatDate(task.dueOn)}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="cs-notes">
        <h2 id="cs-notes">{t('caseSummary.notes')}</h2>
        {notes.length === 0 ? (
          none
        ) : (
          <ul className="case-summary-list">
            {notes.map((n) => (
              <li key={n.id}>
                <span className="case-summary-date">{formatDate(n.at)}</span>{' '}
                {n.type === 'note' ? (
                  <span className="note-text case-summary-note">{n.body}</span>
                ) : (
                  <span>
                    {t(`activityKinds.${n.kind}`)}
                    {n.summary ? `: ${n.summary}` : ''}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
