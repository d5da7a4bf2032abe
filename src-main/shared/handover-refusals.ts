/**
 * Why a handover file or a colleague's key file was refused. The code travels as the AppError's
 * detail (like shared/report-refusals.ts), so the CLI and the screens say exactly what went wrong
 * in the user's language without the message ever carrying file contents.
 */
export const HANDOVER_REFUSALS = [
  'handover.notAHandoverFile',
  'handover.unsupportedVersion',
  /** Sealed to another vault's receiving key. */
  'handover.wrongRecipient',
  /** A byte changed, a piece missing or added: authentication failed. */
  'handover.tampered',
  'handover.badSignature',
  /** Signed by a key this vault has not trusted. */
  'handover.untrustedSender',
  /** This handover id was already imported here. */
  'handover.replayed',
  /** The case is already in this vault. */
  'handover.caseExists',
  'handover.badConfirmation',
  /** A handover the colleague confirmed cannot be withdrawn. */
  'handover.alreadyConfirmed',
  'handoverKey.invalid',
  'handoverKey.badSignature',
  /** A vault's own key offered as a colleague's. */
  'handoverKey.ownKey',
  'handoverKey.notTrusted',
] as const;
export type HandoverRefusal = (typeof HANDOVER_REFUSALS)[number];

/**
 * What the database raises (migration 0015's triggers) when a handed-over case kept read-only is
 * changed; the router turns it into a CONFLICT with the detail 'case.handedOver'.
 */
export const CASE_HANDED_OVER_MESSAGE = 'emanet:case-handed-over';
export const CASE_HANDED_OVER_DETAIL = 'case.handedOver';
