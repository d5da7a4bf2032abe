import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '@shared/errors';
import type { ImportMappingInput, ImportOutcome, ImportPreview } from '@shared/schemas/import';
import { useNavigation } from '../../app/navigation';
import { useInvokeMutation } from '../../api/query';
import { BusyNote } from '../../components/BusyNote';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FocusedHeading } from '../../components/ScreenHeading';
import { validationMessage } from '../../components/validationMessage';
import { ColumnMapping } from './ColumnMapping';
import { PreviewRows } from './PreviewRows';
import { countChoices, decisionsOf, rowProblems, type Choices, type RowChoice } from './importModel';
import './import.css';

type Stage =
  | { kind: 'start'; cancelled: boolean }
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'done'; outcome: ImportOutcome };

/**
 * Import of an existing client list (issue 17): the file is chosen in the main process's dialog
 * (`import:open`), each column's recognised field can be changed (`import:remap`), every row is
 * previewed with its reasons, possible matches in the vault and repeats in the file, and the
 * lawyer chooses per row before one commit writes everything or nothing. Leaving the page
 * without committing forgets the file (`import:cancel`).
 */
export function ImportPage() {
  const { t } = useTranslation();
  const nav = useNavigation();
  const open = useInvokeMutation('import:open');
  const remap = useInvokeMutation('import:remap');
  const commit = useInvokeMutation('import:commit');
  const cancel = useInvokeMutation('import:cancel');
  const [stage, setStage] = useState<Stage>({ kind: 'start', cancelled: false });
  const [choices, setChoices] = useState<Choices>(new Map());
  const [busy, setBusy] = useState<'opening' | 'remapping' | 'committing' | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);

  // The backend holds the file read until a commit or cancel: let it go when the page goes.
  const pending = useRef(false);
  const cancelRef = useRef(cancel);
  useEffect(() => {
    cancelRef.current = cancel;
  });
  useEffect(
    () => () => {
      if (pending.current) void cancelRef.current({});
    },
    [],
  );

  const chooseFile = async (): Promise<void> => {
    setBusy('opening');
    setError(null);
    const result = await open({});
    setBusy(null);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    if (result.value.cancelled) return;
    pending.current = true;
    setChoices(new Map());
    setStage({ kind: 'preview', preview: result.value.preview });
  };

  const changeMapping = async (mapping: ImportMappingInput): Promise<void> => {
    setBusy('remapping');
    setError(null);
    const result = await remap({ mapping });
    setBusy(null);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    // Rows are read again under the new mapping: their reasons and matches may have changed.
    setChoices(new Map());
    setStage({ kind: 'preview', preview: result.value });
  };

  const doCommit = async (preview: ImportPreview): Promise<void> => {
    setBusy('committing');
    setError(null);
    const result = await commit({ decisions: decisionsOf(preview.rows, choices) });
    setBusy(null);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    pending.current = false;
    setStage({ kind: 'done', outcome: result.value });
  };

  const doCancel = async (): Promise<void> => {
    await cancel({});
    pending.current = false;
    setError(null);
    setStage({ kind: 'start', cancelled: true });
  };

  const setChoice = (row: number, choice: RowChoice): void => {
    setChoices((current) => new Map(current).set(row, choice));
  };

  return (
    <section aria-labelledby="import-title" className="import-page stack">
      <div className="page-header">
        <FocusedHeading id="import-title">{t('importList.title')}</FocusedHeading>
        <button type="button" className="button button-quiet" onClick={() => nav.navigate({ name: 'clients' })}>
          {t('importList.back')}
        </button>
      </div>

      {stage.kind === 'start' ? (
        <div className="empty-state">
          {stage.cancelled ? (
            <p className="notice" role="status">
              {t('importList.cancelled')}
            </p>
          ) : null}
          <p>{t('importList.intro')}</p>
          <p>{t('importList.introHeaders')}</p>
          <div className="actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() => void chooseFile()}
              disabled={busy !== null}
            >
              {t('importList.chooseFile')}
            </button>
            {busy === 'opening' ? <BusyNote>{t('importList.opening')}</BusyNote> : null}
          </div>
        </div>
      ) : null}

      {error ? <ImportError error={error} /> : null}

      {stage.kind === 'preview' ? (
        <>
          <ColumnMapping
            preview={stage.preview}
            disabled={busy !== null}
            updating={busy === 'remapping'}
            onChange={(mapping) => void changeMapping(mapping)}
          />
          <PreviewRows preview={stage.preview} choices={choices} onChoose={setChoice} disabled={busy !== null} />
          <ImportSummary
            preview={stage.preview}
            choices={choices}
            busy={busy}
            onCommit={() => void doCommit(stage.preview)}
            onCancel={() => void doCancel()}
          />
        </>
      ) : null}

      {stage.kind === 'done' ? (
        <div className="notice notice-success stack" role="status" data-testid="import-done">
          <h2>{t('importList.done.title')}</h2>
          <p>
            {t('importList.done.text', {
              created: String(stage.outcome.created),
              merged: String(stage.outcome.merged),
              skipped: String(stage.outcome.skipped),
            })}
          </p>
          {stage.outcome.cases > 0 ? (
            <p>
              {t('importList.done.cases', {
                cases: String(stage.outcome.cases),
                deadlines: String(stage.outcome.deadlines),
              })}
            </p>
          ) : null}
          <div className="actions">
            <button type="button" className="button button-primary" onClick={() => nav.navigate({ name: 'clients' })}>
              {t('importList.done.toClients')}
            </button>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => setStage({ kind: 'start', cancelled: false })}
            >
              {t('importList.done.another')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}

function ImportSummary({
  preview,
  choices,
  busy,
  onCommit,
  onCancel,
}: {
  preview: ImportPreview;
  choices: Choices;
  busy: string | null;
  onCommit: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const counts = countChoices(preview.rows, choices);
  const nothing = counts.import + counts.merge === 0;
  return (
    <section aria-labelledby="import-summary-title" className="settings-section">
      <h2 id="import-summary-title">{t('importList.summary.title')}</h2>
      <p data-testid="import-summary" aria-live="polite">
        {t('importList.summary.text', {
          import: String(counts.import),
          merge: String(counts.merge),
          skip: String(counts.skip),
        })}
      </p>
      {nothing ? <p className="muted">{t('importList.summary.nothing')}</p> : null}
      <div className="actions">
        <button type="button" className="button button-primary" onClick={onCommit} disabled={busy !== null || nothing}>
          {busy === 'committing' ? t('importList.summary.committing') : t('importList.summary.commit')}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel} disabled={busy !== null}>
          {t('importList.summary.cancel')}
        </button>
      </div>
    </section>
  );
}

/** A refused commit names rows (`rows.<n>:<code>`): say which, in the lawyer's words. */
function ImportError({ error }: { error: AppErrorShape }) {
  const { t } = useTranslation();
  const problems = error.code === 'VALIDATION' ? rowProblems(error.details ?? []) : [];
  if (problems.length === 0) return <ErrorMessage error={error} />;
  return (
    <div className="error-message" role="alert">
      <p>{t('importList.summary.rowProblems')}</p>
      <ul className="reason-list">
        {problems.map((p, i) => (
          <li key={i}>
            {p.row === null
              ? validationMessage(t, p.code)
              : t('importList.summary.rowProblem', { row: String(p.row), message: validationMessage(t, p.code) })}
          </li>
        ))}
      </ul>
    </div>
  );
}
