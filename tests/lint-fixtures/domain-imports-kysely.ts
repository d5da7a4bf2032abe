import { sql } from 'kysely';

export const raw = sql;
