import { AppError } from '@shared/errors';

export const error = AppError;
