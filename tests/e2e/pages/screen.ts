import type { Page } from '@playwright/test';
import { MESSAGES, type Lang, type Messages } from './messages';

/** A screen of the app in one language: the page and the texts the lawyer reads on it. */
export class Screen {
  readonly m: Messages;

  constructor(
    readonly page: Page,
    readonly lang: Lang = 'tr',
  ) {
    this.m = MESSAGES[lang];
  }
}
