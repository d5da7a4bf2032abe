import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useInvokeMutation, useInvokeQuery } from '../../api/query';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { formatDate } from '../../components/format';
import { errorText } from '../../components/validationMessage';
import type { AppErrorShape } from '@shared/errors';
import { copyPolicySchema } from '@shared/channels/handover';
import { shownWords } from '../reports/format';
import './handover.css';

const sendSchema = z.object({ to: z.string().regex(/^[0-9a-f]{64}$/), copy: copyPolicySchema });
const codeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{4}-?\d{4}-?\d{4}$/, 'confirmationCode'),
});

/**
 * On the case page: "Hand over this case" (colleague and what happens to this copy), and once
 * handed over, the read-only notice with the field for the code the recipient reads back.
 */
export function HandOverCase({ caseId, onShredded }: { caseId: string; onShredded: () => void }) {
  const { t } = useTranslation();
  const status = useInvokeQuery('handover:status', { caseId });
  const handover = status.data?.handover ?? null;
  if (status.data === undefined) return null;
  return handover ? (
    <HandedOver caseId={caseId} handover={handover} onShredded={onShredded} />
  ) : (
    <details className="handover-send">
      <summary className="button">{t('handover.sendButton')}</summary>
      <SendForm caseId={caseId} />
    </details>
  );
}

function SendForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const keys = useInvokeQuery('handover:keys', {});
  const send = useInvokeMutation('handover:send', ['handover:status']);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const form = useForm<z.input<typeof sendSchema>, unknown, z.output<typeof sendSchema>>({
    resolver: zodResolver(sendSchema),
    defaultValues: { to: '', copy: 'read-only' },
  });
  const colleagues = keys.data?.colleagues ?? [];
  const submit = form.handleSubmit(async (value) => {
    setError(null);
    const result = await send({ caseId, ...value });
    if (!result.ok) setError(result.error);
  });
  if (keys.data && colleagues.length === 0) return <p className="muted">{t('handover.needColleague')}</p>;
  return (
    <form className="case-form" noValidate aria-label={t('handover.sendTitle')} onSubmit={(e) => void submit(e)}>
      <p className="muted">{t('handover.sendIntro')}</p>
      <Field
        label={t('handover.colleague')}
        hint={t('handover.colleagueHint')}
        error={errorText(t, form.formState.errors.to?.message)}
      >
        {(c) => (
          <select {...c} className="input" {...form.register('to')}>
            <option value="" />
            {colleagues.map((colleague) => (
              <option key={colleague.fingerprint} value={colleague.fingerprint}>
                {shownWords(colleague.words)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="stack">
        <legend>{t('handover.copy')}</legend>
        <label className="choice">
          <input type="radio" value="read-only" {...form.register('copy')} /> {t('handover.copyReadOnly')}
        </label>
        <label className="choice">
          <input type="radio" value="shred" {...form.register('copy')} /> {t('handover.copyShred')}
        </label>
      </fieldset>
      <button type="submit" className="button button-primary" disabled={form.formState.isSubmitting}>
        {t('handover.seal')}
      </button>
      <ErrorMessage error={error} />
    </form>
  );
}

/** The two questions asked on a handed-over case before what cannot be undone. */
const ASK = {
  shred: { title: 'handover.shredTitle', confirm: 'handover.shredConfirm', body: 'handover.shredBody' },
  withdraw: { title: 'handover.withdrawTitle', confirm: 'handover.withdrawConfirm', body: 'handover.withdrawBody' },
} as const;

function HandedOver({
  caseId,
  handover,
  onShredded,
}: {
  caseId: string;
  handover: { handoverId: string; copy: 'read-only' | 'shred'; sentAt: string; confirmedAt: string | null };
  onShredded: () => void;
}) {
  const { t } = useTranslation();
  const confirm = useInvokeMutation('handover:confirm', [
    'handover:status',
    'cases:list',
    'clients:list',
    'agenda:get',
  ]);
  const withdraw = useInvokeMutation('handover:withdraw');
  const [error, setError] = useState<AppErrorShape | null>(null);
  // The question being asked: shred with this code, or withdraw the handover.
  const [asking, setAsking] = useState<{ what: 'shred'; code: string } | { what: 'withdraw' } | null>(null);
  const takeBack = async (): Promise<void> => {
    setError(null);
    const result = await withdraw({ handoverId: handover.handoverId });
    if (!result.ok) setError(result.error);
  };
  const form = useForm<z.input<typeof codeSchema>, unknown, z.output<typeof codeSchema>>({
    resolver: zodResolver(codeSchema),
    defaultValues: { code: '' },
  });
  const run = async (code: string): Promise<void> => {
    setError(null);
    const result = await confirm({ handoverId: handover.handoverId, code });
    if (!result.ok) return setError(result.error);
    if (result.value.shredded) onShredded();
  };
  const submit = form.handleSubmit(async ({ code }) => {
    // Shredding cannot be undone: asked once more, with what it destroys.
    if (handover.copy === 'shred') setAsking({ what: 'shred', code });
    else await run(code);
  });
  return (
    <div className="handover-banner stack" data-testid="handover-banner" data-case={caseId}>
      <p>{t('handover.readOnlyBanner', { date: formatDate(handover.sentAt.slice(0, 10)) })}</p>
      {handover.confirmedAt ? (
        <p>{t('handover.confirmed')}</p>
      ) : (
        <form noValidate className="cluster" aria-label={t('handover.confirm')} onSubmit={(e) => void submit(e)}>
          {handover.copy === 'shred' ? <p>{t('handover.willShred')}</p> : null}
          <Field
            label={t('handover.code')}
            hint={t('handover.codeHint')}
            error={errorText(t, form.formState.errors.code?.message)}
          >
            {(c) => (
              <input {...c} className="input" inputMode="numeric" autoComplete="off" {...form.register('code')} />
            )}
          </Field>
          <button type="submit" className="button">
            {t('handover.confirm')}
          </button>
          <button type="button" className="button button-quiet" onClick={() => setAsking({ what: 'withdraw' })}>
            {t('handover.withdraw')}
          </button>
        </form>
      )}
      <ErrorMessage error={error} />
      {asking ? (
        <ConfirmDialog
          title={t(ASK[asking.what].title)}
          confirmLabel={t(ASK[asking.what].confirm)}
          cancelLabel={t('handover.cancel')}
          danger
          onCancel={() => setAsking(null)}
          onConfirm={() => {
            setAsking(null);
            void (asking.what === 'shred' ? run(asking.code) : takeBack());
          }}
        >
          <p>{t(ASK[asking.what].body)}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
