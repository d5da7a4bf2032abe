import { dialog } from 'electron';

export const pick = dialog.showOpenDialog;
