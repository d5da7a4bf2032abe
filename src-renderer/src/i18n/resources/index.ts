import type { Language } from '@shared/schemas/vault';
import { en } from './en';
import { tr, type Messages } from './tr';

export const resources: Record<Language, Messages> = { tr, en };
export { en, tr };
export type { Messages };
