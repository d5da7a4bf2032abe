import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '@shared/schemas/deadline-views';
import { formatDate } from '../../components/format';
import { addDays } from '../deadlines/dates';
import { ColumnHeads } from '../../components/ColumnHeads';
import { Dialog } from '../../components/Dialog';
import { ValueRadios, optionsOf } from '../../components/ValueFields';
import './hearing-print.css';

export type PrintRange = 'day' | 'week';

/** The hearings of today, or of today and the next six days, by date and time. */
export function hearingsIn(items: readonly AgendaItem[], today: string, range: PrintRange): AgendaItem[] {
  const last = range === 'day' ? today : addDays(today, 6);
  return items
    .filter((item) => item.kind === 'hearing' && item.date >= today && item.date <= last)
    .sort((a, b) => (a.date + (a.time ?? '')).localeCompare(b.date + (b.time ?? '')));
}

/**
 * "Duruşmaları yazdır": the day's or the week's hearings as a plain sheet — date, time, court,
 * hall, court file number — printed with the browser's own print (window.print; Electron shows the
 * system print dialog). Client names are printed only when the lawyer ticks it: a printed docket
 * travels through courthouse corridors. Everything else on the screen is hidden from print
 * (hearing-print.css).
 */
export function HearingPrint({ items, today }: { items: readonly AgendaItem[]; today: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [range, setRange] = useState<PrintRange>('day');
  const [withNames, setWithNames] = useState(false);
  const hearings = hearingsIn(items, today, range);
  const period = range === 'day' ? formatDate(today) : `${formatDate(today)} – ${formatDate(addDays(today, 6))}`;
  return (
    <>
      <button type="button" className="button button-small" onClick={() => setOpen(true)}>
        {t('agendaPrint.button')}
      </button>
      {open ? (
        <Dialog
          title={t('agendaPrint.title')}
          testId="hearing-print-dialog"
          className="hearing-print-dialog"
          onClose={() => setOpen(false)}
          actions={
            <>
              <button type="button" className="button" onClick={() => setOpen(false)}>
                {t('agendaPrint.close')}
              </button>
              <button
                type="button"
                className="button button-primary"
                aria-disabled={hearings.length === 0 || undefined}
                onClick={() => (hearings.length === 0 ? undefined : window.print())}
              >
                {t('agendaPrint.print')}
              </button>
            </>
          }
        >
          <fieldset className="checkbox-group hearing-print-options">
            <legend>{t('agendaPrint.range')}</legend>
            <ValueRadios
              name="hearing-print-range"
              value={range}
              onChange={setRange}
              options={optionsOf(['day', 'week'] as const, (r) => t(`agendaPrint.ranges.${r}`))}
            />
          </fieldset>
          <label className="checkbox">
            <input type="checkbox" checked={withNames} onChange={(event) => setWithNames(event.target.checked)} />
            {t('agendaPrint.withNames')}
          </label>
          <p className="muted">{t('agendaPrint.namesHint')}</p>
          <section
            className="hearing-print-sheet"
            data-testid="hearing-print-sheet"
            aria-label={t('agendaPrint.preview')}
          >
            <h3 className="hearing-print-heading">{t('agendaPrint.sheetTitle', { period })}</h3>
            {hearings.length === 0 ? (
              <p>{t('agendaPrint.none')}</p>
            ) : (
              <table className="hearing-print-table">
                <ColumnHeads
                  labels={[
                    ...(['date', 'time', 'court', 'hall', 'fileNumber'] as const).map((c) =>
                      t(`agendaPrint.columns.${c}`),
                    ),
                    withNames && t('agendaPrint.columns.clients'),
                  ]}
                />
                <tbody>
                  {hearings.map((h) => (
                    <tr key={h.id} data-testid="hearing-print-row">
                      <td>{formatDate(h.date)}</td>
                      <td>{h.time ?? ''}</td>
                      <td>{h.hearing?.court ?? t('agendaPrint.notRecorded')}</td>
                      <td>{h.hearing?.hall ?? ''}</td>
                      <td>{h.hearing?.fileNumber ?? t('agendaPrint.notRecorded')}</td>
                      {withNames ? <td>{h.clients.join(', ')}</td> : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </Dialog>
      ) : null}
    </>
  );
}
