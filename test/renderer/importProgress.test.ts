import { describe, expect, it } from 'vitest';
import { advance, announcementKey, percentOf, secondsLeft } from '../../renderer/src/pages/admin/models/importProgress';

const GB = 1024 ** 3;

describe('time left and announcements while a model is imported', () => {
  it('estimates the time left from the pace of the phase so far', () => {
    // A quarter of 2.5 GB copied in 30 s: about 90 s left.
    const copying = { phase: 'copying' as const, done: 0.625 * GB, total: 2.5 * GB, startedAt: 0 };
    expect(secondsLeft(copying, 30_000)).toBe(90);
    // Going slower from here, the estimate grows.
    expect(secondsLeft({ ...copying, done: 0.7 * GB }, 60_000)).toBeGreaterThan(90);
  });

  it('says nothing before the pace is known, and nothing is left at the end', () => {
    const start = { phase: 'uploading' as const, done: 1024, total: GB, startedAt: 1000 };
    expect(secondsLeft(start, 1500)).toBeNull();
    expect(secondsLeft({ ...start, done: 0 }, 60_000)).toBeNull();
    expect(secondsLeft({ ...start, done: GB }, 60_000)).toBe(0);
  });

  it('the sha256 phase after the upload starts its own clock (its pace is not the upload’s)', () => {
    const uploading = advance(null, 'uploading', 0, GB, 0);
    const later = advance(uploading, 'uploading', GB / 2, GB, 50_000);
    expect(later.startedAt).toBe(0);
    const hashing = advance(later, 'hashing', GB / 10, GB, 100_000);
    expect(hashing).toMatchObject({ phase: 'hashing', startedAt: 100_000 });
    // 10 % hashed in 2 s after its start: 18 s left, not the upload's pace.
    expect(secondsLeft(hashing, 102_000)).toBe(18);
  });

  it('announces each phase and every tenth percent, not every update', () => {
    const keys = [0, 1, 5, 9, 10, 11, 55, 99, 100].map((percent) =>
      announcementKey({ phase: 'uploading', done: percent, total: 100, startedAt: 0 }),
    );
    expect(new Set(keys)).toEqual(
      new Set(['uploading:0', 'uploading:10', 'uploading:50', 'uploading:90', 'uploading:100']),
    );
    expect(announcementKey({ phase: 'hashing', done: 0, total: 100, startedAt: 0 })).toBe('hashing:0');
    expect(percentOf({ phase: 'done', done: 0, total: null, startedAt: 0 })).toBe(100);
  });
});
