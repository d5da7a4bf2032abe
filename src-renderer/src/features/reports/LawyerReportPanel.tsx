import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodLabel } from './periodLabel';
import { invoke } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { ChannelOutput } from '@shared/contract';
import type { AppErrorShape } from '@shared/errors';
import { defaultPeriod, periodId, PeriodPicker, type PeriodChoice } from './PeriodPicker';
import { ReportTable } from './ReportTable';

type Preview = ChannelOutput<'reports:preview'>;

/** Choose a period → read exactly what will leave, table by table → write the sealed file. */
export function LawyerReportPanel({ k }: { k: number }) {
  const { t, i18n } = useTranslation();
  const [choice, setChoice] = useState<PeriodChoice>(() => defaultPeriod());
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const show = async (): Promise<void> => {
    setError(null);
    setDone(null);
    const result = await invoke('reports:preview', { period: periodId(choice) });
    if (result.ok) setPreview(result.value);
    else {
      setPreview(null);
      setError(result.error);
    }
  };

  const write = async (): Promise<void> => {
    if (!preview) return;
    setError(null);
    const result = await invoke('reports:export', { period: preview.period });
    if (!result.ok) return setError(result.error);
    setDone(result.value.cancelled ? t('reports.lawyer.cancelled') : t('reports.lawyer.written', { file: result.value.fileName ?? '' }));
  };

  return (
    <section className="settings-section" aria-labelledby="report-lawyer-title">
      <h2 id="report-lawyer-title">{t('reports.lawyer.title')}</h2>
      <p className="muted">{t('reports.lawyer.intro', { k: String(k) })}</p>
      <PeriodPicker
        value={choice}
        onChange={(next) => {
          // A different period makes the preview stale: it must be looked at again before writing.
          setChoice(next);
          setPreview(null);
          setDone(null);
        }}
      />
      <button type="button" className="button" onClick={() => void show()}>
        {t('reports.lawyer.preview')}
      </button>
      <ErrorMessage error={error} />
      {preview ? (
        <div className="report-preview" data-testid="report-preview">
          <h3>{t('reports.lawyer.previewTitle', { period: periodLabel(preview.period, t, i18n.language) })}</h3>
          <p data-testid="excluded-note">
            {preview.excludedForNoConsent > 0
              ? t('reports.lawyer.excluded', { count: preview.excludedForNoConsent })
              : t('reports.lawyer.excludedNone')}
          </p>
          <div className="report-tables">
            {preview.tables.map((table) => (
              <ReportTable key={table.id} table={table} k={preview.k} />
            ))}
          </div>
          <p className="warning-note">{t('reports.lawyer.unsealedWarning')}</p>
          <button type="button" className="button button-primary" onClick={() => void write()}>
            {t('reports.lawyer.write')}
          </button>
        </div>
      ) : null}
      <p className="status-message" role="status">
        {done ?? ''}
      </p>
    </section>
  );
}
