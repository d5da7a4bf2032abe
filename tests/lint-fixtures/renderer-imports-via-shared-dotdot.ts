import { openDatabase } from '../../../../src-main/shared/../db/connection';

export const open = openDatabase;
