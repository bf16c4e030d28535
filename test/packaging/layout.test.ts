import { describe, expect, it } from 'vitest';
import { checkPackageLayout } from '../../scripts/check-package-layout.mjs';

describe('packaging configuration (electron-builder --dir with a stand-in Electron)', () => {
  it('packs app.asar, unpacked native modules, models/ and resources/, the fuses, and no GPU binaries', () => {
    const result = checkPackageLayout();
    const failed = result.checks.filter((c) => !c.ok).map((c) => `${c.name}${c.detail ? `: ${c.detail}` : ''}`);
    expect(failed).toEqual([]);
    expect(result.checks.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        'app.asar exists',
        'SQLCipher native module unpacked',
        'node-llama-cpp CPU binary unpacked',
        'models/ shipped as extra resource',
        'resources/ shipped as extra resource',
        'no CUDA or Vulkan binaries',
        'fuse runAsNode = false',
      ]),
    );
  }, 240_000);
});
