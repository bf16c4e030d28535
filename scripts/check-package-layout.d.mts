export interface LayoutCheck {
  name: string;
  ok: boolean;
  detail: string;
}
export const FUSE_ORDER: readonly string[];
export function readFuses(binaryPath: string): Record<string, boolean> | null;
export function readWinAsarIntegrity(exePath: string): { file: string; alg: string; value: string }[] | null;
export function asarHeaderSha256(asarPath: string): string;
export function makeStandInElectronWin(dir: string): void;
export function checkPackageLayout(options?: { keep?: boolean }): {
  ok: boolean;
  checks: LayoutCheck[];
  appDir: string;
  seconds: number;
  secondsWin: number;
  sizeMb: number;
};
export declare const PACKAGE_LIMIT_MB: number;
