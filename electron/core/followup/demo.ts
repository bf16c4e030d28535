import type { EncryptedStore } from '../db/index.js';

/**
 * For `inkludmi demo` only: makes a fictional participant look as if they joined the caseload
 * `daysAgo` days ago, so the "new" and "no contact" filters have something to show in a fresh
 * demonstration organisation. Refused unless the organisation is marked as a demo.
 */
export async function backdateDemoParticipant(
  store: EncryptedStore,
  participantId: string,
  daysAgo: number,
  now = new Date(),
): Promise<void> {
  const at = new Date(now.getTime() - daysAgo * 86_400_000).toISOString();
  await store.db.transaction(async (tx) => {
    const demo = await tx.get<{ value: string }>("SELECT value FROM meta WHERE key = 'demo_organisation'");
    if (demo?.value !== 'true') throw new Error('not a demo organisation');
    await tx.run('UPDATE participants SET created_at = ?, updated_at = ? WHERE id = ?', [at, at, participantId]);
  });
}

/** Marks the organisation as a demonstration (its data is fictional). */
export async function markDemoOrganisation(store: EncryptedStore): Promise<void> {
  await store.db.transaction((tx) =>
    tx.run(
      "INSERT INTO meta (key, value) VALUES ('demo_organisation', 'true') ON CONFLICT (key) DO UPDATE SET value = 'true'",
    ),
  );
}
