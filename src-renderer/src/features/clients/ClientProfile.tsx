import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName, languageName, provinceName } from '../../components/isoNames';
import { formatDate } from '../../components/format';
import { currentLanguage } from '../../i18n';
import type { ClientInput } from '@shared/schemas/clients';
import { IdentityNumberList } from './IdentityNumberList';
import { VulnerabilityList } from './VulnerabilityList';

/** A field of the profile; an empty one is left out rather than shown as "not recorded" (issue 14). */
function Row({ label, children }: { label: string; children: ReactNode }) {
  if (children === null || children === undefined || children === '' || children === false) return null;
  return (
    <div className="profile-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Panel({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <section className="panel" aria-label={title} data-testid={testId}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/** The client's recorded fields in readable form; empty ones are hidden, an empty panel says so once. */
export function ClientProfile({ client }: { client: ClientInput }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const none = null;
  const text = (value: string | undefined): ReactNode => (value ? value : none);
  const address = client.address;
  const safeFlags = client.safeContact?.flags ?? [];
  const contactEmpty =
    !client.phone &&
    !address?.provinceCode &&
    !address?.district &&
    !address?.line &&
    safeFlags.length === 0 &&
    !client.safeContact?.instructions;
  const dob = client.dateOfBirth;
  const gender = client.gender;

  return (
    <div className="profile-grid">
      <Panel title={t('clients.profileTitle')} testId="client-profile">
        <dl className="profile-list">
          <Row label={t('form.givenName')}>{client.givenName}</Row>
          <Row label={t('form.familyName')}>{text(client.familyName)}</Row>
          <Row label={t('form.fatherName')}>{text(client.fatherName)}</Row>
          <Row label={t('form.motherName')}>{text(client.motherName)}</Row>
          <Row label={t('form.dateOfBirth')}>
            {dob === undefined
              ? none
              : dob.precision === 'exact'
                ? formatDate(dob.date)
                : dob.precision === 'year'
                  ? t('clients.yearOnly', { year: String(dob.year) })
                  : t('clients.approximateYear', { year: String(dob.year) })}
          </Row>
          <Row label={t('form.gender')}>
            {gender === undefined
              ? none
              : gender.kind === 'self-described'
                ? `${t('form.genders.self-described')}: ${gender.selfDescription ?? ''}`
                : t(`form.genders.${gender.kind}`)}
          </Row>
          <Row label={t('form.nationality')}>{client.nationality ? countryName(client.nationality, lang) : none}</Row>
          <Row label={t('form.otherNationalities')}>
            {client.otherNationalities.length > 0
              ? client.otherNationalities.map((c) => countryName(c, lang)).join(', ')
              : none}
          </Row>
          <Row label={t('form.stateless')}>{client.stateless ? t('clients.yes') : none}</Row>
          <Row label={t('form.languages')}>
            {client.languages.length > 0 ? client.languages.map((l) => languageName(l, lang)).join(', ') : none}
          </Row>
          <Row label={t('form.interpreterNeeded')}>
            {client.interpreter.needed
              ? t('clients.interpreterNeeded', { language: languageName(client.interpreter.language, lang) })
              : t('clients.interpreterNotNeeded')}
          </Row>
        </dl>
      </Panel>
      <Panel title={t('clients.contactTitle')}>
        {contactEmpty ? <p className="muted">{t('clients.notRecorded')}</p> : null}
        <dl className="profile-list">
          <Row label={t('form.phone')}>{text(client.phone)}</Row>
          <Row label={t('form.province')}>
            {client.address?.provinceCode ? provinceName(client.address.provinceCode) : none}
          </Row>
          <Row label={t('form.district')}>{text(client.address?.district)}</Row>
          <Row label={t('form.addressLine')}>{text(client.address?.line)}</Row>
          <Row label={t('form.safeContactFlags')}>
            {client.safeContact && client.safeContact.flags.length > 0
              ? client.safeContact.flags.map((f) => t(`form.safeContactOptions.${f}`)).join(', ')
              : none}
          </Row>
          <Row label={t('form.safeContactInstructions')}>{text(client.safeContact?.instructions)}</Row>
        </dl>
      </Panel>
      <Panel title={t('clients.aliasesTitle')} testId="client-aliases">
        {client.aliases.length > 0 ? (
          <ul className="plain-list">
            {client.aliases.map((a) => (
              <li key={a.name}>
                {a.name} <span className="muted">({t(`form.aliasKinds.${a.kind}`)})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('clients.noAliases')}</p>
        )}
      </Panel>
      <Panel title={t('clients.identityTitle')} testId="client-identity">
        <IdentityNumberList numbers={client.identityNumbers} />
      </Panel>
      <Panel title={t('clients.vulnerabilitiesTitle')} testId="client-vulnerabilities">
        <VulnerabilityList items={client.vulnerabilities} />
      </Panel>
      <Panel title={t('clients.consentsTitle')} testId="client-consents">
        {client.consents.length > 0 ? (
          <ul className="plain-list">
            {client.consents.map((c, i) => (
              <li key={`${c.kind}-${c.givenOn}-${i}`}>
                <strong>{t(`form.consentKinds.${c.kind}`)}</strong>
                {' — '}
                {t('clients.consentGiven', { date: formatDate(c.givenOn), how: t(`form.consentMethods.${c.how}`) })}
                {'. '}
                {c.withdrawnOn ? (
                  <span className="text-danger">
                    {t('clients.consentWithdrawn', { date: formatDate(c.withdrawnOn) })}
                  </span>
                ) : (
                  <span className="text-success">{t('clients.consentActive')}</span>
                )}
                <p className="note-text">{c.scope}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('clients.noConsents')}</p>
        )}
      </Panel>
    </div>
  );
}
