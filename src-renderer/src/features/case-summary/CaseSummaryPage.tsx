import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineItem } from '@shared/schemas/casefile-views';
import { loadable, useInvokeQuery } from '../../api/query';
import { formatDate, localCivilDate } from '../../components/format';
import { FocusedHeading } from '../../components/ScreenHeading';
import { LoadFailed } from '../../components/StatusNote';
import { SimpleTable, type TableColumn } from '../../components/SimpleTable';
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

interface SummarySectionProps<T> {
  id: string;
  title: string;
  items: readonly T[];
  /** Shown as a table with these columns… */
  columns?: readonly TableColumn<T>[];
  /** …or as a list, one item a line. */
  item?: (value: T) => ReactNode;
}

/** One part of the summary: its heading, then its items, or "None" when there are none. */
function SummarySection<T extends { id: string }>({ id, title, items, columns, item }: SummarySectionProps<T>) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('caseSummary.none')}</p>
      ) : columns ? (
        <SimpleTable className="case-summary-table" rows={items} rowKey={(x) => x.id} columns={columns} />
      ) : (
        <ul className="case-summary-list">
          {items.map((x) => (
            <li key={x.id}>{item?.(x)}</li>
          ))}
        </ul>
      )}
    </section>
  );
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
        <LoadFailed error={failed.error} message={t('caseSummary.loadFailed')} />
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
  const doneOrOpen = (x: { doneAt: string | null }): string =>
    x.doneAt ? t('caseSummary.done') : t('caseSummary.stillOpen');

  // The header's facts in order; an optional one that is not recorded is left out.
  const facts: [string, string | null][] = [
    [t('caseSummary.clients'), kase.value.clients.map((x) => x.name).join(', ')],
    [t('caseSummary.type'), t(`caseTypes.${c.type}`)],
    [t('caseSummary.status'), t(`caseStatus.${c.status}`)],
    [t('caseSummary.court'), c.court ? c.court : null],
    [
      t('caseSummary.fileNumbers'),
      c.fileNumbers.length > 0
        ? c.fileNumbers.map((n) => `${t(`cases.fileNumberKinds.${n.kind}`)}: ${n.value}`).join(' · ')
        : null,
    ],
    [t('caseSummary.opposingParty'), c.opposingParty ? c.opposingParty : null],
    [t('caseSummary.openedOn'), formatDate(c.openedOn)],
    [t('caseSummary.closedOn'), c.closedOn ? formatDate(c.closedOn) : null],
  ];

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
          {facts.map(([label, value]) =>
            value === null ? null : (
              <Fragment key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </Fragment>
            ),
          )}
        </dl>
      </section>

      <SummarySection
        id="cs-deadlines"
        title={t('caseSummary.deadlines')}
        items={deadlines.value.deadlines}
        columns={[
          {
            header: t('caseSummary.deadline'),
            cell: (d) => d.title ?? ruleName(d.ruleId) ?? t('caseSummary.deadline'),
          },
          { header: t('caseSummary.dueOn'), cell: (d) => formatDate(d.dueOn) },
          { header: t('caseSummary.internalDueOn'), cell: (d) => formatDate(d.internalDueOn) },
          { header: t('caseSummary.state'), cell: doneOrOpen },
        ]}
      />

      <SummarySection
        id="cs-hearings"
        title={t('caseSummary.hearings')}
        items={hearings.value.hearings}
        columns={[
          {
            header: t('caseSummary.when'),
            cell: (h) => `${formatDateTime(h.startsAt)} · ${t(`hearings.kinds.${h.kind}`)}`,
          },
          { header: t('caseSummary.court'), cell: (h) => h.court ?? '' },
          { header: t('caseSummary.hall'), cell: (h) => h.hall ?? '' },
          { header: t('caseSummary.state'), cell: doneOrOpen },
        ]}
      />

      <SummarySection
        id="cs-parties"
        title={t('caseSummary.parties')}
        items={persons.value.persons}
        item={(p) => `${p.name} — ${t(`persons.roles.${p.role}`)}`}
      />

      <SummarySection
        id="cs-tasks"
        title={t('caseSummary.tasks')}
        items={tasks}
        item={(task) =>
          `${task.doneAt ? '☑' : '☐'} ${task.title}` +
          (task.dueOn ? ` — ${t('caseSummary.dueOn')}: ${formatDate(task.dueOn)}` : '')
        }
      />

      <SummarySection
        id="cs-notes"
        title={t('caseSummary.notes')}
        items={notes}
        item={(n) => (
          <>
            <span className="case-summary-date">{formatDate(n.at)}</span>{' '}
            {n.type === 'note' ? (
              <span className="note-text case-summary-note">{n.body}</span>
            ) : (
              <span>
                {t(`activityKinds.${n.kind}`)}
                {n.summary ? `: ${n.summary}` : ''}
              </span>
            )}
          </>
        )}
      />
    </article>
  );
}
