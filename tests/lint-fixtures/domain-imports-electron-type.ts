import type { App } from 'electron';

export type Shell = App;
