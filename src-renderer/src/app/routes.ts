/**
 * Where the lawyer is inside the unlocked app. In memory only: there is no URL to share, and a
 * URL would put record ids into history that outlives a lock.
 */
export type Route =
  | { name: 'agenda' }
  | { name: 'clients' }
  | { name: 'client'; id: string }
  | { name: 'intake' }
  /** Import of a client list from a spreadsheet (issue 17). */
  | { name: 'import' }
  | { name: 'cases' }
  | { name: 'case'; id: string }
  /** The printable summary of a case (issue 17). */
  | { name: 'caseSummary'; id: string }
  | { name: 'trash' }
  | { name: 'reports' }
  /** `backupNow`: asked by the desktop menu (a request number, so asking again starts again). */
  | { name: 'settings'; backupNow?: number };

export type Section = 'agenda' | 'clients' | 'cases' | 'trash' | 'reports' | 'settings';

export const SECTIONS: readonly Section[] = ['agenda', 'clients', 'cases', 'trash', 'reports', 'settings'];

/**
 * The organisation's own vault holds no clients or cases, only received reports: its menu is
 * the reports and the settings, and it opens on the reports.
 */
export const ORGANISATION_SECTIONS: readonly Section[] = ['reports', 'settings'];

/** The top-level menu entry a route belongs to, for aria-current in the nav. */
export function sectionOf(route: Route): Section {
  switch (route.name) {
    case 'client':
    case 'intake':
    case 'import':
      return 'clients';
    case 'case':
    case 'caseSummary':
      return 'cases';
    default:
      return route.name;
  }
}
