import type { DeadlineResult, DeadlineStep, DeadlineWarning, HolidayName } from '../../shared/schemas/deadlines';
import type { CivilDate } from './civil-date';
import {
  d,
  dateList,
  dayAndDate,
  type ExplainLanguage,
  holidayList,
  ordinal,
  startsFromLabel,
  weekdayName,
} from './words';

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
  if (step.firstDayCounted)
    return lang === 'en' ? `the last day of the ${step.amount} months` : `${step.amount} ayın son günü`;
  if (lang === 'en') return `${step.amount} month${step.amount === 1 ? '' : 's'} later`;
  return `${step.amount} ay sonrası`;
}

function clampNote(step: Step<'periodEnds'>, lang: ExplainLanguage): string {
  const notes: string[] = [];
  if (step.clampedFrom !== undefined) {
    notes.push(
      lang === 'en'
        ? `the month has no ${ordinal(step.clampedFrom, lang)} day, so its last day counts`
        : `ayın ${step.clampedFrom}. günü olmadığından ayın son günü esas alınır`,
    );
  }
  if (step.firstDayCounted && step.unit === 'months') {
    notes.push(
      lang === 'en'
        ? `the first day counts, so the day before the same date ${step.amount} months later`
        : `ilk gün sayıldığından ${step.amount} ay sonraki aynı günden bir önceki gün`,
    );
  }
  return notes.length > 0 ? ` (${notes.join('; ')})` : '';
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
      if (step.used && step.asLearning) {
        return en
          ? `opened on ${d(step.date)}: for the Constitutional Court the opening is the date of learning, so the period runs from it`
          : `tebligat ${d(step.date)} tarihinde açıldı: Anayasa Mahkemesine başvuruda açılma tarihi öğrenme tarihidir ve süre bu tarihten işler`;
      }
      if (step.used) {
        return en
          ? `opened on ${d(step.date)}, before the deemed service date ${d(step.deemedOn)}: conservatively counted from the opening`
          : `tebligat ${d(step.date)} tarihinde, tebliğ edilmiş sayılacağı ${d(step.deemedOn)} tarihinden önce açıldı: ihtiyatlı olarak açılma tarihinden hesaplandı`;
      }
      return en
        ? `opened on ${d(step.date)}, not before the deemed date ${d(step.deemedOn)}: the deemed date counts`
        : `tebligat ${d(step.date)} tarihinde açıldı; bu tarih ${d(step.deemedOn)} tarihinden önce olmadığından tebliğ tarihi olarak ${d(step.deemedOn)} esas alındı`;
    case 'countingStarts':
      return en ? `counting starts ${d(step.date)}` : `süre ${d(step.date)} tarihinde işlemeye başlar`;
    case 'firstDayCounts':
      return en
        ? `${d(step.date)}, the first day of detention, counts as day 1`
        : `gözetimin ilk günü olan ${d(step.date)} birinci gün sayılır`;
    case 'periodEnds':
      return en
        ? `${periodEndsSubject(step, lang)} is ${dayAndDate(step.date, lang)}${clampNote(step, lang)}`
        : `${periodEndsSubject(step, lang)}: ${dayAndDate(step.date, lang)}${clampNote(step, lang)}`;
    case 'nonWorkingDay':
      return `${d(step.date)} ${nonWorkingPredicate(step, lang)}`;
    case 'judicialRecess':
      return en
        ? `${d(step.date)} falls in the judicial recess (20 July – 31 August) and the court takes the recess: the period runs to ${d(step.extendedTo)} (İYUK arts. 8(3), 61(1))`
        : `${d(step.date)} adli tatile (20 Temmuz – 31 Ağustos) rastlıyor ve mahkeme çalışmaya ara veriyor: süre ${d(step.extendedTo)} tarihine kadar uzar (İYUK m. 8/3, m. 61/1)`;
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

/** The day shown as the last day (after every rule). */
function lastDay(date: CivilDate, lang: ExplainLanguage): string {
  return lang === 'en' ? `The last day, ${dayAndDate(date, lang)},` : `Son gün olan ${dayAndDate(date, lang)}`;
}

/** The raw end of the period, before the recess and holiday rules: "sürenin bittiği gün". */
function periodEnd(date: CivilDate, lang: ExplainLanguage): string {
  return lang === 'en'
    ? `The period ends on ${dayAndDate(date, lang)}, which`
    : `Sürenin bittiği gün olan ${dayAndDate(date, lang)}`;
}

export function explainWarning(warning: DeadlineWarning, lang: ExplainLanguage): string {
  const en = lang === 'en';
  switch (warning.code) {
    case 'unsureRule':
      return en
        ? 'Basis: uncertain. The legal basis of this rule is disputed: confirm it with the statute and current case law before relying on the date.'
        : 'Dayanak: belirsiz. Bu kuralın dayanağı tartışmalıdır: tarihe güvenmeden önce mevzuattan ve güncel içtihattan teyit edin.';
    case 'lastDayHalfDay':
      return en
        ? `${lastDay(warning.date, lang)} is a half-day holiday${namesIn(warning.holidays, lang)}: under Law 2429 the afternoon from 13:00 is an official holiday. Whether a half day extends a period is disputed, so the day was counted as a working day (the safe choice): file before 13:00.`
        : `${lastDay(warning.date, lang)} yarım gün tatildir${namesIn(warning.holidays, lang)}: 2429 sayılı Kanuna göre saat 13.00'ten sonrası resmî tatildir. Yarım günün süreyi uzatıp uzatmadığı tartışmalı olduğundan bu gün iş günü sayıldı (güvenli olan): başvuruyu saat 13.00'ten önce yapın.`;
    case 'lastDayNonWorkingNotExtended':
      if (warning.limit) {
        return en
          ? `${lastDay(warning.date, lang)} is not a working day${namesIn(warning.holidays, lang)}; this limit is not extended by weekends or holidays.`
          : `${lastDay(warning.date, lang)} iş günü değildir${namesIn(warning.holidays, lang)}; bu üst sınır hafta sonu ve tatillerle uzamaz.`;
      }
      return en
        ? `${lastDay(warning.date, lang)} is not a working day${namesIn(warning.holidays, lang)}, but this period is not extended for weekends or holidays: act by the last working day before it.`
        : `${lastDay(warning.date, lang)} iş günü değildir${namesIn(warning.holidays, lang)}; ancak bu süre hafta sonu ve tatillerle uzamaz: bir önceki iş gününe kadar işlem yapın.`;
    case 'lastDayNonWorkingDisputed':
      return en
        ? `${lastDay(warning.date, lang)} is not a working day${namesIn(warning.holidays, lang)}. Whether this period runs on to the next working day is disputed in practice, so ${d(warning.date)} is kept as the last day: apply by ${dayAndDate(warning.actBy, lang)}, the last working day before it. If the period does extend, the last day would be ${dayAndDate(warning.possiblyExtendedTo, lang)}.`
        : `${lastDay(warning.date, lang)} iş günü değildir${namesIn(warning.holidays, lang)}. Sürenin izleyen iş gününe uzayıp uzamadığı uygulamada tartışmalı olduğundan son gün olarak ${d(warning.date)} esas alındı: başvuruyu en geç ondan önceki son iş günü olan ${dayAndDate(warning.actBy, lang)} yapın. Süre uzuyorsa son gün ${dayAndDate(warning.possiblyExtendedTo, lang)} olur.`;
    case 'yearNotCovered': {
      const years = warning.years.join(', ');
      return en
        ? `The holiday table does not cover ${years}: only weekends were taken into account there, so the real last day may be later. Check the official holiday calendar.`
        : `Tatil tablosu ${years} yılını kapsamıyor: bu yılda yalnızca hafta sonları dikkate alındı; gerçek son gün daha geç olabilir. Resmî tatil takvimini kontrol edin.`;
    }
    case 'uncertainHoliday':
      return en
        ? `This count relies on bayram days whose dates are computed, not yet officially published: ${dateList(warning.dates, lang)}${namesIn(warning.holidays, lang)}. If the bayram does not fall on those days, the last day would be ${dayAndDate(warning.dueIfWorkingDays, lang)}: check once the official calendar is published.`
        : `Bu hesap, tarihi resmî olarak yayımlanmamış, hesaplanarak bulunmuş bayram günlerine dayanıyor: ${dateList(warning.dates, lang)}${namesIn(warning.holidays, lang)}. Bayram bu günlere denk gelmezse son gün ${dayAndDate(warning.dueIfWorkingDays, lang)} olur: resmî takvim yayımlanınca kontrol edin.`;
    case 'recessNotAppliedUrgent':
      return en
        ? `${periodEnd(warning.date, lang)} falls in the judicial recess; but this is a matter the law requires to be decided within a fixed time, heard by the duty court during the recess (İYUK art. 62): the recess does not extend the period.`
        : `${periodEnd(warning.date, lang)} adli tatile rastlıyor; ancak bu iş, kanunen belli süre içinde karara bağlanması gereken işlerden olduğundan adli tatilde nöbetçi mahkemece görülür (İYUK m. 62): süre adli tatille uzamaz.`;
    case 'recessNotAppliedUnsure':
      return en
        ? `${periodEnd(warning.date, lang)} falls in the judicial recess. Whether İYUK art. 8(3) extends this period is disputed, so it was not extended (the earlier date). If it were, the last day would be ${dayAndDate(warning.extendedTo, lang)}.`
        : `${periodEnd(warning.date, lang)} adli tatile rastlıyor. İYUK m. 8/3'ün bu süreye uygulanıp uygulanmadığı tartışmalı olduğundan süre uzatılmadı (erken tarih esas alındı). Uzatma uygulansaydı son gün ${dayAndDate(warning.extendedTo, lang)} olurdu.`;
    case 'recessApplied':
      return en
        ? `The court takes the judicial recess, so the period runs to ${d(warning.extendedTo)} (İYUK art. 8(3)). Without the recess it would end on ${dayAndDate(warning.date, lang)}; filing by then does not depend on the extension.`
        : `Mahkeme adli tatilde çalışmaya ara verdiğinden süre ${d(warning.extendedTo)} tarihine uzadı (İYUK m. 8/3). Adli tatil olmasaydı süre ${dayAndDate(warning.date, lang)} günü biterdi; o güne kadar başvurmak uzatmaya dayanmayı gerektirmez.`;
    case 'recessCourtUnknown':
      return en
        ? `${periodEnd(warning.date, lang)} falls in the judicial recess. It is not recorded whether the court takes the recess (some courts do not: İYUK art. 61(1), second sentence), so the period was not extended. If the court takes the recess, the last day is ${dayAndDate(warning.extendedTo, lang)}.`
        : `${periodEnd(warning.date, lang)} adli tatile rastlıyor. Mahkemenin çalışmaya ara verip vermediği belirtilmediğinden (bazı mahkemeler ara vermez: İYUK m. 61/1, ikinci cümle) süre uzatılmadı. Mahkeme adli tatilde çalışmaya ara veriyorsa son gün ${dayAndDate(warning.extendedTo, lang)} olur.`;
    case 'recessCourtDoesNotTake':
      return en
        ? `${periodEnd(warning.date, lang)} falls in the judicial recess, but the court is one that takes no recess (İYUK art. 61(1), second sentence): the period is not extended.`
        : `${periodEnd(warning.date, lang)} adli tatile rastlıyor; ancak mahkeme çalışmaya ara vermeyen mahkemelerden olduğundan (İYUK m. 61/1, ikinci cümle) süre uzamaz.`;
    case 'recessAfterHolidayShiftNotApplied':
      return en
        ? `${periodEnd(warning.date, lang)} is before the judicial recess; only the holiday/weekend rule moved the last day to ${d(warning.shiftedTo)}, inside the recess. The recess extension was not applied (the earlier date).`
        : `${periodEnd(warning.date, lang)} adli tatilden öncedir; yalnızca tatil/hafta sonu kuralı son günü adli tatil içindeki ${d(warning.shiftedTo)} tarihine taşıdı. Adli tatil uzatması uygulanmadı (erken tarih esas alındı).`;
    case 'eNotificationOpenedEarlier':
      return en
        ? `Conservative: counted from the opening on ${d(warning.openedOn)}. The statutory service date is ${d(warning.deemedOn)}, the end of the 5th day after delivery, whatever the opening date (Tebligat Kanunu art. 7/a; Court of Cassation practice); counting from it gives ${dayAndDate(warning.dueIfDeemed, lang)}.`
        : `İhtiyatlı hesap: süre tebligatın açıldığı ${d(warning.openedOn)} tarihinden hesaplandı. Açılma tarihinden bağımsız olarak yasal tebliğ tarihi, elektronik adrese ulaştığı günü izleyen 5. günün sonu olan ${d(warning.deemedOn)} tarihidir (Tebligat Kanunu m. 7/a; Yargıtay uygulaması); bu tarihten hesaplanırsa son gün ${dayAndDate(warning.dueIfDeemed, lang)} olur.`;
    case 'detentionOrderDateOnly':
      return en
        ? `Only the written detention order's date (${d(warning.date)}) was entered. Custody before the order counts too: if detention began earlier, the maximum ends earlier. Find out the day the client was actually taken into custody and update the deadline.`
        : `Yalnızca yazılı idari gözetim kararının tarihi (${d(warning.date)}) girildi. Karardan önceki gözaltı da süreye dahildir: gözetim daha önce başladıysa azami süre daha erken dolar. Müvekkilin fiilen gözetim altına alındığı günü öğrenip süreyi güncelleyin.`;
    case 'istinafDoesNotStop':
      return en
        ? `The judgment is final (${warning.basis.en}): an istinaf attempt does not stop this period. Do not wait for the outcome of an istinaf.`
        : `Karar kesindir (${warning.basis.tr}): istinaf başvurusu bu süreyi durdurmaz. İstinafın sonucunu beklemeyin.`;
  }
}

/** The whole explanation as one line: "notified 12.05.2027; counting starts …; due …". */
export function explainResult(result: DeadlineResult, lang: ExplainLanguage): string {
  return explainSteps(result.steps, lang).join('; ');
}
