/**
 * Invalid entries are refused at the field, in the lawyer's language, and nothing is stored.
 * The form is validated with the channel's own schema, and the backend re-checks: both paths
 * are exercised (the UI for the lawyer, the channel directly for the same rule server-side).
 */
import { expect, invokeInPage, test } from './fixtures';
import { displayDay, messages, openCaseFromList, seedFamilyCase } from './cases-seed';

for (const lang of ['tr', 'en'] as const) {
  test(`invalid activity and time entry are refused with translated messages, nothing saved (${lang})`, async ({
    page,
    vault,
  }) => {
    const m = messages[lang];
    const { caseId } = await seedFamilyCase(vault);
    await vault.call('vault:setLanguage', { language: lang });
    await openCaseFromList(page, lang, 'İsmail Yılmaz');

    await page.getByRole('button', { name: m.timeline.addActivity, exact: true }).click();
    const duration = page.getByLabel(m.timeline.duration, { exact: true });
    const date = page.getByLabel(m.timeline.occurredOn, { exact: true });
    await duration.fill('25:00');
    await date.fill('31.02.2025');
    await page.getByRole('button', { name: m.timeline.saveActivity, exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: m.validation.duration.tooLong })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: m.validation.date.invalid })).toBeVisible();
    await expect(duration).toHaveAttribute('aria-invalid', 'true');
    await expect(date).toHaveAttribute('aria-invalid', 'true');
    // The error is announced with the field: it is part of the field's description.
    await expect(duration).toHaveAccessibleDescription(
      new RegExp(m.validation.duration.tooLong.replace(/[.()]/g, '\\$&')),
    );

    await duration.fill('abc');
    await date.fill(displayDay(-1));
    await expect(page.getByRole('alert').filter({ hasText: m.validation.duration.invalid })).toBeVisible();
    await expect(date).not.toHaveAttribute('aria-invalid', 'true');
    expect((await vault.call('timeline:list', { caseId })).items).toHaveLength(0);

    // Time entry with no duration.
    await page.getByRole('button', { name: m.timeline.cancel, exact: true }).click();
    await page.getByRole('button', { name: m.timeline.addTime, exact: true }).click();
    await page.getByRole('button', { name: m.timeline.saveTime, exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: m.validation.duration.required })).toBeVisible();
    await page.getByLabel(m.timeline.minutes, { exact: true }).fill('24:01');
    await expect(page.getByRole('alert').filter({ hasText: m.validation.duration.tooLong })).toBeVisible();
    expect((await vault.call('timeline:list', { caseId })).items).toHaveLength(0);

    // The backend enforces the same rule on its own (a renderer bug could not slip it past).
    const direct = await invokeInPage(page, 'activities:add', {
      caseId,
      kind: 'call',
      occurredOn: '2025-01-10',
      durationMinutes: 25 * 60,
    });
    expect(direct).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(direct.ok ? [] : direct.error.details).toContain('durationMinutes:duration.tooLong');
    expect((await vault.call('timeline:list', { caseId })).items).toHaveLength(0);
  });
}
