import { sql, type Updateable } from 'kysely';
import type { Db } from '../../db/connection';
import type { Database } from '../../db/schema';
import { assertUpdated } from './context';

/** Tables whose rows carry an optimistic-lock `version` and an `updated_at` stamp. */
type VersionedTable = {
  [T in keyof Database]: Database[T] extends { version: unknown; updated_at: unknown } ? T : never;
}[keyof Database];

/**
 * Writes `values` to row `id` only while it is still at `version`, stamping `updatedAt` and
 * bumping the version, so a screen showing an older copy cannot overwrite a newer change: it gets
 * CONFLICT, and a row that is gone gets NOT_FOUND. Returns the new version. Every versioned edit
 * goes through here, inside the caller's transaction (the caller writes the audit entry).
 */
export async function updateAtVersion<T extends VersionedTable>(
  db: Db,
  table: T,
  id: string,
  version: number,
  values: Omit<Updateable<Database[T]>, 'version' | 'updated_at'>,
  updatedAt: string,
  options: { onlyIfLive?: boolean } = {},
): Promise<number> {
  // Kysely cannot resolve column names over a generic table; the constraint above and the
  // `values` type keep callers honest, the cast only hides the generic from the builder.
  const result = await db
    .updateTable(table as 'hearing')
    .set({ ...(values as Updateable<Database['hearing']>), updated_at: updatedAt, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    // A client or case in the trash is not edited (it reads as changed elsewhere).
    .$if(options.onlyIfLive === true, (q) => q.where(sql.ref('deleted_at'), 'is', null))
    .executeTakeFirst();
  await assertUpdated(result.numUpdatedRows, async () =>
    Boolean(
      await db
        .selectFrom(table as 'hearing')
        .select('id')
        .where('id', '=', id)
        .executeTakeFirst(),
    ),
  );
  return version + 1;
}
