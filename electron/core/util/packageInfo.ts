import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PackageInfo {
  name: string;
  productName: string;
  version: string;
  root: string;
}

/**
 * Finds the app's own package.json by walking up from a module (works from the TypeScript
 * sources and from the built files under out/).
 */
export function readPackageInfo(fromUrl: string): PackageInfo {
  let dir = path.dirname(fileURLToPath(fromUrl));
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    if (fs.existsSync(candidate)) {
      const pkg = JSON.parse(fs.readFileSync(candidate, 'utf8')) as Partial<
        Record<'name' | 'productName' | 'version', string>
      >;
      if (pkg.name === 'inkludmi-desktop' && pkg.version) {
        return { name: pkg.name, productName: pkg.productName ?? 'InkludMI', version: pkg.version, root: dir };
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Fant ikke package.json for InkludMI');
    dir = parent;
  }
}
