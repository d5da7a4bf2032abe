import type { ChannelOutput } from '@shared/contract';

/** A rule as `deadlines:rules` returns it (names, basis and notes in both languages). */
export type DeadlineRuleView = ChannelOutput<'deadlines:rules'>['rules'][number];
