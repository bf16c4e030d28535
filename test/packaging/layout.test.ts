import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkPackageLayout,
  FUSE_ORDER,
  PACKAGE_LIMIT_MB,
  makeStandInElectronWin,
  readFuses,
  readWinAsarIntegrity,
} from '../../scripts/check-package-layout.mjs';
import { makeTempDir } from '../helpers/tempDir.js';

describe('packaging configuration (electron-builder --dir with a stand-in Electron)', () => {
  it('packs app.asar, unpacked native modules, models/ and resources/, the fuses (Linux and Windows), the Windows asar integrity, and no GPU binaries', () => {
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
        'fuse enableEmbeddedAsarIntegrityValidation = true',
        'fuse onlyLoadAppFromAsar = true',
        'Windows: fuse runAsNode = false',
        'Windows: fuse enableEmbeddedAsarIntegrityValidation = true',
        'Windows: app.asar integrity (SHA256 of its header) embedded in InkludMI.exe',
        `packaged tree without models <= ${PACKAGE_LIMIT_MB} MB`,
        'packaged SQLCipher and node-llama-cpp load from the packaged tree',
      ]),
    );
  }, 480_000);

  it("the Windows stand-in starts with Electron's default fuses and no asar integrity, so the checks above can fail", async () => {
    const { dir, cleanup } = await makeTempDir();
    try {
      makeStandInElectronWin(dir);
      const exe = path.join(dir, 'electron.exe');
      const fuses = readFuses(exe);
      expect(Object.keys(fuses ?? {})).toEqual([...FUSE_ORDER]);
      expect(fuses).toMatchObject({
        runAsNode: true,
        enableEmbeddedAsarIntegrityValidation: false,
        onlyLoadAppFromAsar: false,
      });
      expect(readWinAsarIntegrity(exe)).toBeNull();
    } finally {
      await cleanup();
    }
  });
});
