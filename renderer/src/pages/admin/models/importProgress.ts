/**
 * Progress of a model import as people follow it: which phase (upload, check, copy, sha256), how
 * far, and about how long is left, estimated from the pace of the phase so far.
 */
export type ImportPhaseName = 'uploading' | 'checking' | 'copying' | 'hashing' | 'done';

export interface PhaseProgress {
  phase: ImportPhaseName;
  done: number;
  total: number | null;
  /** When this phase started (ms, performance.now() or Date.now()). */
  startedAt: number;
}

/** Seconds to wait before a time estimate is worth showing (the pace is unknown at first). */
const SETTLE_MS = 1000;

/** Seconds left in the phase at its pace so far, or null while that pace is not yet known. */
export function secondsLeft(progress: PhaseProgress, now: number): number | null {
  const { done, total, startedAt } = progress;
  if (!total || done <= 0 || done >= total) return done >= (total ?? Infinity) ? 0 : null;
  const elapsed = now - startedAt;
  if (elapsed < SETTLE_MS) return null;
  return Math.ceil(((total - done) * elapsed) / done / 1000);
}

/** The next progress: a new phase starts its own clock, the same phase keeps it. */
export function advance(
  current: PhaseProgress | null,
  phase: ImportPhaseName,
  done: number,
  total: number | null,
  now: number,
): PhaseProgress {
  if (current && current.phase === phase) return { ...current, done, total };
  return { phase, done, total, startedAt: now };
}

export function percentOf(progress: PhaseProgress): number {
  if (progress.phase === 'done') return 100;
  return progress.total ? Math.min(100, Math.floor((progress.done / progress.total) * 100)) : 0;
}

/**
 * What a screen reader is told: each new phase, then every tenth percent (not every update, which
 * would drown out everything else). Returns the same key while nothing worth saying happened.
 */
export function announcementKey(progress: PhaseProgress): string {
  return `${progress.phase}:${Math.floor(percentOf(progress) / 10) * 10}`;
}

/** Bytes as people read them (MB or GB, in the UI's language). */
export function formatBytes(bytes: number, language: string): string {
  const locale = language === 'en' ? 'en-GB' : 'nb-NO';
  const units = [
    { unit: 'gigabyte', size: 1024 ** 3 },
    { unit: 'megabyte', size: 1024 ** 2 },
    { unit: 'kilobyte', size: 1024 },
  ];
  const pick = units.find((u) => bytes >= u.size) ?? { unit: 'byte', size: 1 };
  return new Intl.NumberFormat(locale, { style: 'unit', unit: pick.unit, maximumFractionDigits: 1 }).format(
    bytes / pick.size,
  );
}
