import commonPasswords from '../../../resources/auth/common-passwords.json' with { type: 'json' };

/**
 * Password rules after NIST SP 800-63B § 5.1.1.2: a minimum length (organisation setting, 12 by
 * default), a generous maximum, any characters, no composition rules — but not a common password,
 * not the user's own name or username, and not a trivial repetition or sequence.
 */
export const PASSWORD_MAX_LENGTH = 128;

let common: Set<string> | undefined;
function commonSet(): Set<string> {
  common ??= new Set(commonPasswords.passwords);
  return common;
}

export interface PasswordContext {
  minLength: number;
  /** Words the password must not be (or be built from): username, display name, organisation. */
  personalWords?: readonly string[];
}

/** Norwegian reason the password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, context: PasswordContext): string | null {
  const length = [...password.normalize('NFC')].length;
  if (length < context.minLength)
    return `Passordet må ha minst ${context.minLength} tegn. Lange passfraser av flere ord er lette å huske og vanskelige å gjette.`;
  if (length > PASSWORD_MAX_LENGTH) return `Passordet kan ha høyst ${PASSWORD_MAX_LENGTH} tegn.`;
  const lower = password.normalize('NFC').toLowerCase();
  const base = lower.replace(/[\d\s!?.,#*@$%&+_-]+$/u, '').replace(/^[\d\s!?.,#*@$%&+_-]+/u, '');
  // A common word with digits or symbols around it ("Sommer2024!") is as guessable as the word.
  if (commonSet().has(lower) || (base.length >= 4 && commonSet().has(base))) {
    return 'Dette passordet er mye brukt og lett å gjette. Velg et annet, gjerne en passfrase av flere ord.';
  }
  if (/^(.)\1+$/u.test(lower) || /^(.{1,3})\1+$/u.test(lower) || isSequence(lower)) {
    return 'Passordet er et mønster som er lett å gjette (gjentakelser eller rekkefølger). Velg et annet.';
  }
  for (const word of context.personalWords ?? []) {
    const w = word.normalize('NFC').toLowerCase().replace(/\s+/g, '');
    if (w.length >= 4 && lower.replace(/\s+/g, '').includes(w) && w.length >= lower.replace(/\s+/g, '').length - 4) {
      return 'Passordet kan ikke være navnet ditt, brukernavnet ditt eller navnet på organisasjonen.';
    }
  }
  return null;
}

function isSequence(s: string): boolean {
  if (s.length < 4) return false;
  const codes = [...s].map((c) => c.codePointAt(0)!);
  const step = codes[1]! - codes[0]!;
  return Math.abs(step) === 1 && codes.every((c, i) => i === 0 || c - codes[i - 1]! === step);
}
