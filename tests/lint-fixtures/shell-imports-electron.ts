import { app } from 'electron';
import path from 'node:path';

export const vaultDir = path.join(app.getPath('userData'), 'vault');
