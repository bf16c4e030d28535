import type { EncryptedStore } from '../db/index.js';
import { settingsSchema, type Settings } from '../policy/index.js';
import type { SettingsStore } from './service.js';

/** The organisation's own settings, in the encrypted database (readable only while unlocked). */
export class DbSettingsStore implements SettingsStore {
  constructor(private readonly store: EncryptedStore) {}

  async load(): Promise<Partial<Settings>> {
    if (!this.store.isOpen) return {};
    const rows = await this.store.db.all<{ key: string; value: string }>('SELECT key, value FROM settings');
    const raw: Record<string, unknown> = {};
    for (const r of rows) {
      try {
        raw[r.key] = JSON.parse(r.value);
      } catch {
        // An unreadable value is ignored: the default or the policy applies.
      }
    }
    // Keep only keys that still validate (a later version may have changed a setting's rules).
    const out: Partial<Settings> = {};
    for (const [key, value] of Object.entries(raw)) {
      const shape = settingsSchema.shape[key as keyof Settings];
      if (shape && shape.safeParse(value).success) Object.assign(out, { [key]: value });
    }
    return out;
  }

  async save(values: Partial<Settings>): Promise<void> {
    await this.store.db.transaction(async (tx) => {
      await tx.run('DELETE FROM settings');
      for (const [key, value] of Object.entries(values))
        await tx.run('INSERT INTO settings (key, value) VALUES (?, ?)', [key, JSON.stringify(value)]);
    });
  }
}
