export { DEMO_SEED, generateDemo } from './generate';
export { populateDemo, type DemoSummary } from './populate';
export type { DemoCase, DemoData, DemoFamily, DemoTimelineItem } from './types';
