/**
 * The maxima of everything the renderer can send through IPC, in one place. Every string and
 * every array in the contract's inputs has one (tests/integration/security/ipc-limits.test.ts
 * walks the whole contract and fails on any without). Inputs are untrusted: a compromised
 * renderer could otherwise make the main process allocate, hash, sort or query without bound
 * (200,000 client ids in one case once exceeded SQLite's variable limit and surfaced as INTERNAL).
 * Each value is generous for real work and says why it is what it is.
 *
 * Free text carries its maximum where the field is defined (`requiredText(300)` and the like in
 * shared/schemas), next to what the field is; lists of codes from a closed vocabulary (genders,
 * vulnerabilities, safe-contact flags) are bounded by the vocabulary's size, each code at most once.
 */
export const LIMITS = {
  // ---- Lists ----------------------------------------------------------------------------------
  /** Clients on one case: families share cases; the largest households seen are about a dozen. */
  caseClients: 20,
  /** Family members joined to a case at intake, besides the new client (as caseClients). */
  intakeOtherClients: 20,
  /** Other spellings of one name: transliterations multiply, but fifty is far beyond any file. */
  aliases: 50,
  /** Identity numbers of one client (foreigner ids, passports, UNHCR numbers over the years). */
  identityNumbers: 20,
  /** Nationalities besides the main one: dual and triple nationality, with room to spare. */
  otherNationalities: 10,
  /** Languages a client speaks (ISO 639 codes); twenty covers any polyglot. */
  languages: 20,
  /** Consent records of one client: given, withdrawn, given again over years of a case. */
  consents: 50,
  /** Court and authority file numbers of one case (esas, karar, application… per instance). */
  fileNumbers: 20,
  /** Tags on one case: a handful is typical; thirty keeps the list readable. */
  tags: 30,
  /** Reporting periods chosen for the supervisor's dashboard: 100 quarters is 25 years. */
  dashboardPeriods: 100,

  // ---- Strings with a fixed shape (their pattern bounds them; the maximum says so up front) --
  /** An integer record id (audit log style): at most 18 digits, below 2^63. */
  integerIdDigits: 18,
  /** A phone number as typed: `+90 (532) 123 45 67` with room for spacing and extensions. */
  phone: 40,
  /** A media type `type/subtype` (RFC 6838 allows 127 characters each side; we keep 64 + 127). */
  mediaType: 192,
  /** A civil date `YYYY-MM-DD`, or a birth year `YYYY`. */
  civilDate: 10,
  /** A local date and time to the minute, `YYYY-MM-DDTHH:MM`. */
  localDateTime: 16,
  /** A reporting period, `2026-Q3` or `2026-07`. */
  period: 7,
  /** An opaque random id (upload sessions, jobs): 16 bytes in hex. */
  opaqueId: 32,
} as const;
