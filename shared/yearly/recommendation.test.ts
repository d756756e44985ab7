import { describe, expect, it } from 'vitest';
import { isOverdue } from './recommendation';

describe('an overdue recommendation', () => {
  it('is one not done whose month has ended', () => {
    expect(isOverdue({ status: 'belum', dueMonth: '2026-03' }, '2026-04-01')).toBe(true);
    expect(isOverdue({ status: 'proses', dueMonth: '2025-12' }, '2026-01-15')).toBe(true);
  });
  it('is not one due this month or later, one without a month, or one done', () => {
    expect(isOverdue({ status: 'belum', dueMonth: '2026-04' }, '2026-04-30')).toBe(false);
    expect(isOverdue({ status: 'belum', dueMonth: '2026-05' }, '2026-04-30')).toBe(false);
    expect(isOverdue({ status: 'belum', dueMonth: null }, '2030-01-01')).toBe(false);
    expect(isOverdue({ status: 'selesai', dueMonth: '2026-01' }, '2026-04-01')).toBe(false);
  });
});
