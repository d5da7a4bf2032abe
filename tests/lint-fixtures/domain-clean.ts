import { z } from 'zod';
import type { ErrorCode } from '../shared/errors';

export const dayCount = z.number().int().nonnegative();
export const fallback: ErrorCode = 'INTERNAL';
