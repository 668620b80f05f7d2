// One Prisma for both databases: the client, the CLI and both driver adapters are one exact version, and the
// lockfile holds one copy of each Prisma package. A caret range or a second copy is how a mismatched release
// slipped in before (docs/database.md, "Prisma versions").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as {
  packages: Record<string, { version?: string }>;
};
const isPrisma = (name: string) => name === 'prisma' || name.startsWith('@prisma/');

describe('Prisma versions', () => {
  const declared = Object.entries({ ...pkg.dependencies, ...pkg.devDependencies }).filter(([name]) => isPrisma(name));

  it('declares the client, the CLI and both adapters at one exact version', () => {
    expect(declared.map(([name]) => name).sort()).toEqual([
      '@prisma/adapter-better-sqlite3',
      '@prisma/adapter-pg',
      '@prisma/client',
      'prisma',
    ]);
    for (const [name, range] of declared) expect(range, name).toMatch(/^\d+\.\d+\.\d+$/);
    expect(new Set(declared.map(([, range]) => range)).size).toBe(1);
  });

  it('installs one copy of every Prisma package, each of the declared version', () => {
    const version = declared[0]![1];
    const copies = Object.entries(lock.packages).filter(([path]) => {
      const name = path.replace(/^.*node_modules\//, '');
      return path !== '' && isPrisma(name);
    });
    const nested = copies.filter(([path]) => path.split('node_modules/').length > 2).map(([path]) => path);
    expect(nested).toEqual([]);
    for (const [path, entry] of copies) {
      // engines-version names the engines' commit, not the release.
      if (!path.endsWith('/engines-version')) expect(entry.version, path).toBe(version);
    }
  });
});
