import type { z } from 'zod';
import type { FieldError } from './errors.js';

export { norwegianErrorMap } from '../errors/index.js';

export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}
