import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../electron/cli/main.js';
import { policyFileSchema } from '../electron/core/policy/schema.js';

const root = path.resolve(import.meta.dirname, '..');
const deployment = fs.readFileSync(path.join(root, 'docs/deployment.md'), 'utf8');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  name: string;
};

/** Commands in code spans and code blocks. */
function commandsIn(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/```(?:sh|bash)?\n([\s\S]*?)```/g)].flatMap((m) => (m[1] ?? '').split('\n'));
  const spans = [...markdown.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] ?? '');
  return [...blocks, ...spans].map((line) => line.trim()).filter(Boolean);
}

describe('documentation names only commands the project supports', () => {
  for (const [name, text] of [
    ['docs/deployment.md', deployment],
    ['README.md', readme],
  ] as const) {
    it(`${name}: every npm script exists`, () => {
      const scripts = commandsIn(text).flatMap((c) => [...c.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1] ?? ''));
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) expect(pkg.scripts, `${name}: npm run ${script}`).toHaveProperty(script);
    });

    it(`${name}: every inkludmi command exists in the CLI`, () => {
      const names = COMMANDS.map((c) => c.name);
      const used = commandsIn(text)
        .filter((c) => /^(npx )?inkludmi\b/.test(c))
        .map((c) => c.replace(/^npx /, '').split(/\s+/).slice(1))
        .filter((words) => words.length > 0 && !words[0]!.startsWith('-'));
      for (const words of used) {
        const found = names.some((n) => n.split(' ').every((w, i) => words[i] === w));
        expect(found, `${name}: inkludmi ${words.join(' ')}`).toBe(true);
      }
    });
  }

  it('the policy example in docs/deployment.md is a valid policy file', () => {
    const json = /```json\n([\s\S]*?)```/.exec(deployment)?.[1];
    expect(json).toBeDefined();
    expect(policyFileSchema.safeParse(JSON.parse(json!)).success).toBe(true);
  });

  it('the deb package name in docs/deployment.md is the package name', () => {
    expect(deployment).toContain(`sudo apt remove ${pkg.name}`);
  });

  it("the README's command table lists every inkludmi command the CLI has", () => {
    const listed = commandsIn(readme)
      .filter((c) => /^(npx )?inkludmi\b/.test(c))
      .map((c) => c.replace(/^npx /, ''));
    for (const command of COMMANDS) {
      expect(
        listed.some((c) => c === `inkludmi ${command.name}` || c.startsWith(`inkludmi ${command.name} `)),
        `README.md: inkludmi ${command.name}`,
      ).toBe(true);
    }
  });

  it('the README has the two newcomer commands near its top', () => {
    const top = readme.split('\n').slice(0, 30).join('\n');
    expect(top).toContain('npm ci && npm start');
    expect(top).toContain('npm ci && npm test');
  });
});

describe('installer file names in docs/deployment.md match electron-builder.yml', () => {
  const yml = fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
  it.each([
    ['nsis', 'InkludMI-Setup-0.1.0.exe', '${productName}-Setup-${version}.${ext}'],
    ['msi', 'InkludMI-0.1.0.msi', '${productName}-${version}.${ext}'],
    ['appImage', 'InkludMI-0.1.0.AppImage', '${productName}-${version}.${ext}'],
  ])('%s', (target, file, pattern) => {
    expect(yml).toMatch(
      new RegExp(`^${target}:\\n(?:  .*\\n)*?  artifactName: ${pattern.replace(/[$.{}]/g, '\\$&')}`, 'm'),
    );
    expect(deployment).toContain(file);
  });
});
