import { createHash } from 'crypto';
import { join } from 'path';

export const tools = [createHash, join];
