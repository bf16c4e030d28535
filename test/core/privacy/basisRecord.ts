import type { LegalBasisRecord } from '../../../electron/core/privacy/legalBasis.js';
import type { Purpose } from '../../../electron/core/privacy/purposes.js';

/** A recorded basis as the register holds it (art. 6(1)(e) and art. 9(2)(b) by default), for notice tests. */
export const basisRecord = (purpose: Purpose, over: Partial<LegalBasisRecord> = {}): LegalBasisRecord => ({
  purpose,
  article6: 'e',
  supplementaryBasis: 'tiltaksforskriften § 1-7',
  balancingTest: null,
  consent: null,
  specialCategories: true,
  article9: 'b',
  article9SupplementaryBasis: 'arbeidsmarkedsloven § 12',
  article9Justification: null,
  note: null,
  recordedAt: '2026-12-01T00:00:00.000Z',
  recordedBy: 'admin',
  isDefault: false,
  ...over,
});
