import 'i18next';
import type { tr } from './resources/tr';

// Typed keys: a misspelt translation key is a compile error rather than a raw key on screen.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof tr };
  }
}
