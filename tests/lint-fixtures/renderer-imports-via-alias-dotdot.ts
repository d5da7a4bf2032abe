import { openDatabase } from '@shared/../db/connection';

export const open = openDatabase;
