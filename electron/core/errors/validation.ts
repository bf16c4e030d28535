import type { z } from 'zod';

/**
 * Norwegian default messages for zod issues. Passed as the per-parse error map, so a message
 * set on a schema (`z.string().min(1, 'Skriv et mål')`) still wins.
 */
export function norwegianErrorMap(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? 'Feltet må fylles ut.' : 'Feltet har feil type verdi.';
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? 'Feltet må fylles ut.' : `Må ha minst ${String(issue.minimum)} tegn.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Må ha minst ${String(issue.minimum)} elementer.`;
      return `Må være minst ${String(issue.minimum)}.`;
    case 'too_big':
      if (issue.origin === 'string') return `Kan ha høyst ${String(issue.maximum)} tegn.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Kan ha høyst ${String(issue.maximum)} elementer.`;
      return `Kan være høyst ${String(issue.maximum)}.`;
    case 'invalid_format':
      return 'Feltet har feil format.';
    case 'invalid_value':
      return 'Verdien er ikke et av de tillatte valgene.';
    case 'unrecognized_keys':
      return `Ukjente felt: ${issue.keys.join(', ')}.`;
    case 'not_multiple_of':
      return `Må være et multiplum av ${String(issue.divisor)}.`;
    default:
      return 'Ugyldig verdi.';
  }
}
