import { useTranslation } from 'react-i18next';
import { passphraseReasonSchema } from '@shared/schemas/vault';
import type { AppErrorShape, ErrorCode } from '@shared/errors';
import type { ParseKeys } from 'i18next';

interface ErrorMessageProps {
  error: AppErrorShape | null | undefined;
  /** A screen may say something more specific for a code (e.g. a wrong recovery key). */
  overrides?: Partial<Record<ErrorCode, ParseKeys>> | undefined;
}

/**
 * Turns an error envelope into a sentence in the lawyer's language. The backend's English
 * `message` is deliberately never shown: it is for logs, and codes are what we translate.
 */
export function ErrorMessage({ error, overrides }: ErrorMessageProps) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  // Some failures carry a detail code that says more than the code itself (a full disk while
  // importing a document): where a sentence exists for it, that sentence wins.
  const detailKey = (error.details ?? [])
    .map((detail) => `errorDetails.${detail}`)
    .find((candidate) => /^errorDetails\.[a-z]+\.[A-Za-z]+$/.test(candidate) && i18n.exists(candidate));
  const key = overrides?.[error.code] ?? (detailKey as ParseKeys | undefined) ?? (`errors.${error.code}` as const);
  // For weak passphrases `details` carries reason codes; for validation it carries field paths,
  // which mean nothing to a lawyer and are not shown.
  const reasons =
    error.code === 'WEAK_PASSPHRASE'
      ? (error.details ?? []).flatMap((detail) => {
          const parsed = passphraseReasonSchema.safeParse(detail);
          return parsed.success ? [parsed.data] : [];
        })
      : [];
  return (
    <div className="error-message" role="alert">
      <p>{t(key)}</p>
      {reasons.length > 0 ? (
        <ul className="reason-list">
          {reasons.map((reason) => (
            <li key={reason}>{t(`reasons.${reason}`)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
