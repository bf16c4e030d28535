export interface LayoutCheck {
  name: string;
  ok: boolean;
  detail: string;
}
export const FUSE_ORDER: readonly string[];
export function readFuses(binaryPath: string): Record<string, boolean> | null;
export function checkPackageLayout(options?: { keep?: boolean }): {
  ok: boolean;
  checks: LayoutCheck[];
  appDir: string;
  seconds: number;
  sizeMb: number;
};
