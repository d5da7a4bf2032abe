import type { DeadlineResult, DeadlineStep, DeadlineWarning, HolidayName } from '../../shared/schemas/deadlines';
import type { CivilDate } from './civil-date';
import { d, dayAndDate, type ExplainLanguage, holidayList, ordinal, startsFromLabel, weekdayName } from './words';

export type { ExplainLanguage } from './words';

type Step<C extends DeadlineStep['code']> = Extract<DeadlineStep, { code: C }>;

/** en "is a public holiday (…)"; tr "resmî tatildir (…)". */
function nonWorkingPredicate(step: Step<'nonWorkingDay'>, lang: ExplainLanguage): string {
  const names = holidayList(step.holidays, lang);
  const day = weekdayName(step.date, lang);
  if (lang === 'en') {
    if (!step.weekend) return `is a public holiday (${names})`;
    return names ? `is a ${day} and a holiday (${names})` : `is a ${day}`;
  }
  if (!step.weekend) return `resmî tatildir (${names})`;
  return names ? `${day} gününe denk gelir ve tatildir (${names})` : `${day} gününe denk gelir (hafta sonu)`;
}

function periodEndsSubject(step: Step<'periodEnds'>, lang: ExplainLanguage): string {
  if (step.unit === 'days') return lang === 'en' ? `the ${ordinal(step.amount, lang)} day` : `${step.amount}. gün`;
  if (lang === 'en') return `${step.amount} month${step.amount === 1 ? '' : 's'} later`;
  return `${step.amount} ay sonrası`;
}

function clampNote(step: Step<'periodEnds'>, lang: ExplainLanguage): string {
  if (step.clampedFrom === undefined) return '';
  return lang === 'en'
    ? ` (the month has no ${ordinal(step.clampedFrom, lang)} day, so its last day counts)`
    : ` (ayın ${step.clampedFrom}. günü olmadığından ayın son günü)`;
}

export function explainStep(step: DeadlineStep, lang: ExplainLanguage): string {
  const en = lang === 'en';
  switch (step.code) {
    case 'start':
      return en
        ? `${startsFromLabel(step.startsFrom, lang)} ${d(step.date)}`
        : `${startsFromLabel(step.startsFrom, lang)}: ${d(step.date)}`;
    case 'eNotificationDelivered':
      return en
        ? `e-notification reached the electronic address on ${d(step.date)}; deemed served at the end of the 5th day after, ${d(step.deemedOn)} (Tebligat Kanunu art. 7/a)`
        : `elektronik tebligat ${d(step.date)} tarihinde elektronik adrese ulaştı; izleyen 5. günün sonunda, ${d(step.deemedOn)} tarihinde tebliğ edilmiş sayılır (Tebligat Kanunu m. 7/a)`;
    case 'eNotificationOpened':
      if (step.used) {
        return en
          ? `opened on ${d(step.date)}, before the deemed date: the opening date is taken as the notification date`
          : `tebligat ${d(step.date)} tarihinde, tebliğ edilmiş sayılacağı tarihten önce açıldı: açılma tarihi tebliğ tarihi olarak esas alındı`;
      }
      return en
        ? `opened on ${d(step.date)}, not before the deemed date ${d(step.deemedOn)}: the deemed date counts`
        : `tebligat ${d(step.date)} tarihinde açıldı; bu tarih ${d(step.deemedOn)} tarihinden önce olmadığından tebliğ tarihi olarak ${d(step.deemedOn)} esas alındı`;
    case 'countingStarts':
      return en ? `counting starts ${d(step.date)}` : `süre ${d(step.date)} tarihinde işlemeye başlar`;
    case 'periodEnds':
      return en
        ? `${periodEndsSubject(step, lang)} is ${dayAndDate(step.date, lang)}${clampNote(step, lang)}`
        : `${periodEndsSubject(step, lang)}: ${dayAndDate(step.date, lang)}${clampNote(step, lang)}`;
    case 'nonWorkingDay':
      return `${d(step.date)} ${nonWorkingPredicate(step, lang)}`;
    case 'judicialRecess':
      return en
        ? `${d(step.date)} falls in the judicial recess (20 July – 31 August): the period runs to ${d(step.extendedTo)} (İYUK art. 8(3))`
        : `${d(step.date)} adli tatile (20 Temmuz – 31 Ağustos) rastlıyor: süre ${d(step.extendedTo)} tarihine kadar uzar (İYUK m. 8/3)`;
    case 'due':
      return en ? `due ${dayAndDate(step.date, lang)}` : `son gün: ${dayAndDate(step.date, lang)}`;
  }
}

/**
 * Renders the steps in order. A period end followed by its own non-working day reads as one
 * clause, as a lawyer would say it: "the 7th day, 19.05.2027, is a public holiday (…)".
 */
export function explainSteps(steps: readonly DeadlineStep[], lang: ExplainLanguage): string[] {
  const out: string[] = [];
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    const next = steps[i + 1];
    if (step?.code === 'periodEnds' && next?.code === 'nonWorkingDay' && next.date === step.date) {
      const subject = periodEndsSubject(step, lang);
      out.push(
        lang === 'en'
          ? `${subject}, ${d(step.date)}${clampNote(step, lang)}, ${nonWorkingPredicate(next, lang)}`
          : `${subject} olan ${d(step.date)}${clampNote(step, lang)} ${nonWorkingPredicate(next, lang)}`,
      );
      i++;
    } else if (step) {
      out.push(explainStep(step, lang));
    }
  }
  return out;
}

function namesIn(holidays: readonly HolidayName[], lang: ExplainLanguage): string {
  return holidays.length > 0 ? ` (${holidayList(holidays, lang)})` : '';
}

function lastDay(date: CivilDate, lang: ExplainLanguage): string {
  return lang === 'en' ? `The last day, ${dayAndDate(date, lang)},` : `Son gün olan ${dayAndDate(date, lang)}`;
}

export function explainWarning(warning: DeadlineWarning, lang: ExplainLanguage): string {
  const en = lang === 'en';
  switch (warning.code) {
    case 'unsureRule':
      return en
        ? 'Confidence U: this rule is not confirmed. Confirm with the statute before relying on the date.'
        : 'Güven düzeyi U: bu kural doğrulanmadı. Tarihe güvenmeden önce mevzuattan teyit edin.';
    case 'lastDayHalfDay':
      return en
        ? `${lastDay(warning.date, lang)} is a half-day holiday${namesIn(warning.holidays, lang)}: offices close at 13:00. Half days are treated as working days (no clear authority that they extend a period), so file before 13:00.`
        : `${lastDay(warning.date, lang)} yarım gün tatildir${namesIn(warning.holidays, lang)}: saat 13.00'ten sonra tatil. Yarım günler iş günü sayıldı (süreyi uzattığına dair açık bir dayanak yok); başvuruyu 13.00'ten önce yapın.`;
    case 'lastDayNonWorkingNotExtended':
      return en
        ? `${lastDay(warning.date, lang)} is not a working day${namesIn(warning.holidays, lang)}, but this period is not extended for weekends or holidays: act by the last working day before it.`
        : `${lastDay(warning.date, lang)} iş günü değildir${namesIn(warning.holidays, lang)}; ancak bu süre hafta sonu ve tatillerle uzamaz: bir önceki iş gününe kadar işlem yapın.`;
    case 'yearNotCovered': {
      const years = warning.years.join(', ');
      return en
        ? `The holiday table does not cover ${years}: only weekends were taken into account there, so the real last day may be later. Check the official holiday calendar.`
        : `Tatil tablosu ${years} yılını kapsamıyor: bu yılda yalnızca hafta sonları dikkate alındı; gerçek son gün daha geç olabilir. Resmî tatil takvimini kontrol edin.`;
    }
    case 'recessNotAppliedUrgent':
      return en
        ? `${lastDay(warning.date, lang)} falls in the judicial recess, but this urgent matter is heard by the duty court (İYUK art. 62): the recess does not extend it.`
        : `${lastDay(warning.date, lang)} adli tatile rastlıyor; ancak bu acele iş nöbetçi mahkemece görülür (İYUK m. 62): süre adli tatille uzamaz.`;
    case 'recessNotAppliedUnsure':
      return en
        ? `${lastDay(warning.date, lang)} falls in the judicial recess. Whether the recess extends this period is unsure, so it was not extended (the earlier date). Confirm before relying on a later date.`
        : `${lastDay(warning.date, lang)} adli tatile rastlıyor. Sürenin adli tatille uzayıp uzamadığı belirsiz olduğundan uzatılmadı (erken tarih esas alındı). Daha geç bir tarihe güvenmeden önce teyit edin.`;
    case 'recessApplied':
      return en
        ? `The judicial recess extended the period to ${d(warning.extendedTo)} (İYUK art. 8(3)). Filing by the unextended last day, ${dayAndDate(warning.date, lang)}, does not depend on the extension.`
        : `Süre adli tatil nedeniyle ${d(warning.extendedTo)} tarihine uzadı (İYUK m. 8/3). Uzatılmamış son gün olan ${dayAndDate(warning.date, lang)} tarihine kadar başvurmak uzatmaya dayanmayı gerektirmez.`;
    case 'recessAfterHolidayShiftNotApplied':
      return en
        ? `${lastDay(warning.date, lang)} is before the judicial recess; only the holiday/weekend rule moved it to ${d(warning.shiftedTo)}, inside the recess. The recess extension was not applied (the earlier date).`
        : `${lastDay(warning.date, lang)} adli tatilden öncedir; yalnızca tatil/hafta sonu kuralı onu adli tatil içindeki ${d(warning.shiftedTo)} tarihine taşıdı. Adli tatil uzatması uygulanmadı (erken tarih esas alındı).`;
    case 'eNotificationOpenedEarlier':
      return en
        ? `The e-notification was opened on ${d(warning.openedOn)}, before it would be deemed served (${d(warning.deemedOn)}). Courts are split on which date counts, so the earlier one is used. Counting from the deemed date would give ${dayAndDate(warning.dueIfDeemed, lang)}.`
        : `Elektronik tebligat, tebliğ edilmiş sayılacağı ${d(warning.deemedOn)} tarihinden önce, ${d(warning.openedOn)} tarihinde açıldı. Hangi tarihin esas alınacağı konusunda içtihat bölünmüş olduğundan erken tarih esas alındı. Tebliğ edilmiş sayılma tarihinden hesaplansaydı son gün ${dayAndDate(warning.dueIfDeemed, lang)} olurdu.`;
  }
}

/** The whole explanation as one line: "notified 12.05.2027; counting starts …; due …". */
export function explainResult(result: DeadlineResult, lang: ExplainLanguage): string {
  return explainSteps(result.steps, lang).join('; ');
}
