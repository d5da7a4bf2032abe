import { languageName, type LanguageCode } from '../../shared/iso/languages';
import type { CaseStatus } from '../../shared/schemas/cases';
import type { CaseType } from '../../shared/schemas/deadlines';
import { addDays, daysBetween } from './dates';
import { REMOVAL_CENTRES } from './name-lists';
import type { Rng } from './prng';
import { ACTIVITY_SUMMARIES, CASE_TITLES, NOTE_TEMPLATES, TAGS, TASK_TITLES, TIME_DESCRIPTIONS } from './texts';
import type { ActivityKind, DemoCase, DemoTimelineItem } from './types';

/** What a case needs to know about its clients to read realistically. */
export interface CaseContext {
  today: string;
  /** Nothing in the file predates the family's first contact with us. */
  from: string;
  placeName: string;
  language: LanguageCode;
}

type CaseDraft = DemoCase['case'];

const between = (rng: Rng, from: string, to: string): string =>
  addDays(from, rng.int(0, Math.max(0, daysBetween(from, to))));

/** Status mix of a working practice: most files open, a quarter closed, a few just in. */
function status(rng: Rng): CaseStatus {
  return rng.weighted([
    ['intake', 10],
    ['active', 45],
    ['pending-decision', 20],
    ['closed', 25],
  ] as const);
}

function stageOf(type: CaseType, rng: Rng): CaseDraft['stage'] {
  switch (type) {
    case 'removal-appeal':
      return rng.chance(0.7) ? 'first-instance' : 'appeal';
    case 'administrative-detention':
      return 'first-instance';
    case 'international-protection':
      return rng.weighted([
        ['administrative', 60],
        ['first-instance', 30],
        ['appeal', 10],
      ] as const);
    case 'constitutional-court':
      return 'constitutional-court';
    case 'ecthr':
      return 'ecthr';
    case 'criminal':
      return 'first-instance';
    default:
      return 'administrative';
  }
}

function forum(type: CaseType, stage: CaseDraft['stage'], rng: Rng, placeName: string): string | undefined {
  if (type === 'constitutional-court') return 'Anayasa Mahkemesi';
  if (type === 'ecthr') return 'Avrupa İnsan Hakları Mahkemesi';
  if (type === 'administrative-detention') return `${placeName} ${rng.int(1, 9)}. Sulh Ceza Hakimliği`;
  if (type === 'criminal') return `${placeName} ${rng.int(1, 20)}. Asliye Ceza Mahkemesi`;
  if (stage === 'first-instance') return `${placeName} ${rng.int(1, 12)}. İdare Mahkemesi`;
  if (stage === 'appeal') return `${placeName} Bölge İdare Mahkemesi ${rng.int(1, 6)}. İdari Dava Dairesi`;
  return undefined;
}

function authority(type: CaseType, rng: Rng, placeName: string): CaseDraft['authority'] {
  if (type === 'removal-appeal' || type === 'administrative-detention')
    return { kind: 'removal-centre', name: rng.pick(REMOVAL_CENTRES) };
  if (type === 'citizenship')
    return { kind: 'governorship', name: `${placeName} Valiliği İl Nüfus ve Vatandaşlık Müdürlüğü` };
  if (type === 'criminal') return { kind: 'prosecutor', name: `${placeName} Cumhuriyet Başsavcılığı` };
  if (type === 'ecthr' || type === 'constitutional-court') return undefined;
  return { kind: 'provincial-migration-directorate', name: `${placeName} İl Göç İdaresi Müdürlüğü` };
}

/** One case of the given type, opened between `ctx.from` and today; closed ones carry an outcome. */
export function generateCase(rng: Rng, ctx: CaseContext, type: CaseType, forceOpen = false): CaseDraft {
  const st = forceOpen ? 'active' : status(rng);
  // A file still at intake was opened recently.
  const from = st === 'intake' ? addDays(ctx.today, -45) : ctx.from;
  const openedOn = between(rng, from < ctx.from ? ctx.from : from, ctx.today);
  const stage = stageOf(type, rng);
  const court = forum(type, stage, rng, ctx.placeName);
  const fileNumbers: NonNullable<CaseDraft['fileNumbers']> = [];
  if (court && type !== 'ecthr')
    fileNumbers.push({ kind: 'esas', value: `${openedOn.slice(0, 4)}/${rng.int(100, 4999)}` });
  if (type === 'ecthr')
    fileNumbers.push({ kind: 'application', value: `${rng.int(10000, 60000)}/${openedOn.slice(2, 4)}` });
  const draft: CaseDraft = {
    title: CASE_TITLES[type],
    type,
    status: st,
    stage,
    ...(authority(type, rng, ctx.placeName) ? { authority: authority(type, rng, ctx.placeName) } : {}),
    ...(court ? { court } : {}),
    fileNumbers,
    ...(type === 'removal-appeal' || type === 'administrative-detention'
      ? { opposingParty: `${ctx.placeName} Valiliği` }
      : type === 'ecthr'
        ? { opposingParty: 'Türkiye' }
        : {}),
    outcome: 'pending',
    openedOn,
    tags: rng.chance(0.2) ? rng.sample(TAGS, rng.int(1, 2)) : [],
  };
  if (st !== 'closed') return draft;
  const closedOn = between(rng, addDays(openedOn, 14) > ctx.today ? openedOn : addDays(openedOn, 14), ctx.today);
  const closureReason = rng.weighted([
    ['concluded', 60],
    ['client-withdrew', 8],
    ['lost-contact', 12],
    ['referred', 6],
    ['removed-from-turkey', 5],
    ['resettled', 4],
    ['left-turkey', 5],
  ] as const);
  const outcome =
    closureReason === 'concluded'
      ? rng.weighted([
          ['granted', 45],
          ['partially-granted', 15],
          ['rejected', 40],
        ] as const)
      : closureReason === 'client-withdrew'
        ? 'withdrawn'
        : 'pending';
  if (court && closureReason === 'concluded')
    fileNumbers.push({ kind: 'karar', value: `${closedOn.slice(0, 4)}/${rng.int(100, 4999)}` });
  return { ...draft, closedOn, closureReason, outcome };
}

export function generateNote(rng: Rng, ctx: CaseContext): string {
  return rng
    .pick(NOTE_TEMPLATES)
    .replaceAll('{yer}', ctx.placeName)
    .replaceAll('{merkez}', rng.pick(REMOVAL_CENTRES))
    .replaceAll('{dil}', languageName(ctx.language, 'tr'));
}

export function generateActivity(
  rng: Rng,
  c: CaseDraft,
  until: string,
): Extract<DemoTimelineItem, { type: 'activity' }> {
  const detention = c.type === 'removal-appeal' || c.type === 'administrative-detention';
  const kind = rng.weighted<ActivityKind>([
    ['call', 30],
    ['meeting', 25],
    ['removal-centre-visit', detention ? 25 : 1],
    ['hearing-attended', c.court ? 10 : 0],
    ['petition-filed', 15],
    ['other', 5],
  ]);
  return {
    type: 'activity',
    kind,
    occurredOn: between(rng, c.openedOn, until),
    durationMinutes: kind === 'call' ? rng.int(5, 30) : rng.int(2, 12) * 15,
    summary: rng.pick(ACTIVITY_SUMMARIES[kind]),
  };
}

/**
 * Open files have work ahead: some tasks overdue (the red badge the lawyer must see), some due
 * in the coming weeks, some done. Closed files have only done tasks. Due dates of open tasks
 * are the only dates in the demo that may lie in the future: that is what a deadline is.
 */
export function generateTask(
  rng: Rng,
  c: CaseDraft,
  today: string,
  overdue?: boolean,
): Extract<DemoTimelineItem, { type: 'task' }> {
  const title = rng.pick(TASK_TITLES);
  if (c.status === 'closed')
    return { type: 'task', title, dueOn: between(rng, c.openedOn, c.closedOn ?? today), done: true };
  const state = overdue
    ? 'overdue'
    : rng.weighted([
        ['overdue', 35],
        ['upcoming', 40],
        ['done', 25],
      ] as const);
  if (state === 'upcoming') return { type: 'task', title, dueOn: addDays(today, rng.int(1, 30)), done: false };
  const dueOn = addDays(today, -rng.int(1, 30));
  return { type: 'task', title, dueOn: dueOn < c.openedOn ? c.openedOn : dueOn, done: state === 'done' };
}

/** A case's notes, activities, tasks, time entries and, now and then, a relative. */
export function generateTimeline(
  rng: Rng,
  ctx: CaseContext,
  c: CaseDraft,
  relativeName: () => string,
  forceOverdue = false,
): DemoTimelineItem[] {
  const until = c.closedOn ?? ctx.today;
  const items: DemoTimelineItem[] = [];
  for (let i = rng.int(1, 3); i > 0; i--) items.push({ type: 'note', body: generateNote(rng, ctx) });
  for (let i = rng.int(1, 4); i > 0; i--) items.push(generateActivity(rng, c, until));
  if (forceOverdue) items.push(generateTask(rng, c, ctx.today, true));
  for (let i = rng.int(0, 2); i > 0; i--) items.push(generateTask(rng, c, ctx.today));
  for (let i = rng.int(0, 3); i > 0; i--) {
    items.push({
      type: 'time',
      workedOn: between(rng, c.openedOn, until),
      minutes: rng.int(1, 16) * 15,
      description: rng.pick(TIME_DESCRIPTIONS),
      proBono: rng.chance(0.9),
    });
  }
  if (rng.chance(0.08)) {
    items.push({
      type: 'person',
      role: rng.chance(0.7) ? 'relative' : 'witness',
      name: relativeName(),
      note: rng.pick([
        'Kardeşi; Almanya’da yaşıyor.',
        'Amcası; aynı mahallede oturuyor.',
        'Yolculukta birlikteydiler.',
      ]),
    });
  }
  return items;
}
