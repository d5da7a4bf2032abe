import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdentityNumber } from '@shared/schemas/clients';
import { CLIPBOARD_CLEAR_MS, copySensitive } from './clipboard';

/** Identity numbers, each with a Copy button and a visible "clears in 30 s" note after copying. */
export function IdentityNumberList({ numbers }: { numbers: readonly IdentityNumber[] }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<{ index: number; ok: boolean } | null>(null);
  useEffect(() => {
    if (!copied) return;
    const timer = window.setTimeout(() => setCopied(null), CLIPBOARD_CLEAR_MS);
    return () => window.clearTimeout(timer);
  }, [copied]);

  if (numbers.length === 0) return <p className="muted">{t('clients.noIdentity')}</p>;
  return (
    <dl className="identity-list">
      {numbers.map((n, index) => (
        <div key={`${n.kind}-${n.value}`} className="identity-item">
          <dt>{t(`form.identityKinds.${n.kind}`)}</dt>
          <dd>
            <span className="identity-value" data-testid="identity-value">
              {n.value}
            </span>
            <button
              type="button"
              className="button button-quiet button-small"
              aria-label={t('clients.copyLabel', { kind: t(`form.identityKinds.${n.kind}`) })}
              onClick={() => void copySensitive(n.value).then((ok) => setCopied({ index, ok }))}
            >
              {t('clients.copy')}
            </button>
            <span role="status" className={copied?.ok === false ? 'copy-note copy-failed' : 'copy-note'}>
              {copied?.index === index ? (copied.ok ? t('clients.copied') : t('clients.copyFailed')) : ''}
            </span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
