// ARCHITECTURE.md is the map of the code: every top-level folder (and shell file) of src-main and
// src-renderer/src must be on it, so a new folder cannot appear without a place in the layers.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = path.resolve(import.meta.dirname, '../..');
const doc = readFileSync(path.join(REPO, 'ARCHITECTURE.md'), 'utf8');

/** Top-level entries of a folder as repo paths; folders end in '/'. */
function topLevel(folder: string, filesToo: boolean): string[] {
  return readdirSync(path.join(REPO, folder), { withFileTypes: true })
    .filter((e) => e.isDirectory() || (filesToo && e.isFile()))
    .map((e) => `${folder}/${e.name}${e.isDirectory() ? '/' : ''}`);
}

const layout = doc.slice(doc.indexOf('## Layout'), doc.indexOf('## Layers'));
/** How the layout block writes a child of each folder: indented under src-main/ or src-renderer/. */
const LAYOUT_PREFIX: Record<string, string> = { 'src-main': '  ', 'src-renderer/src': '  src/' };

/** The doc names the entry by its full path, or lists it in the layout block under its parent. */
function mentions(entry: string): boolean {
  const bare = entry.replace(/\/$/, '');
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Not a prefix of a longer name: src-main/db must not count as a mention of src-main/d.
  if (new RegExp(`${escape(bare)}(?![\\w.-])`).test(doc)) return true;
  const parent = path.posix.dirname(bare);
  const name = escape(path.posix.basename(bare));
  const prefix = LAYOUT_PREFIX[parent];
  return prefix !== undefined && new RegExp(`^${prefix}${name}${entry.endsWith('/') ? '/' : '\\b'}`, 'm').test(layout);
}

describe('ARCHITECTURE.md matches the tree', () => {
  it('is linked from the README', () => {
    expect(readFileSync(path.join(REPO, 'README.md'), 'utf8')).toContain('](ARCHITECTURE.md)');
  });

  it('mentions every top-level folder and file of src-main', () => {
    const missing = topLevel('src-main', true).filter((e) => !mentions(e));
    expect(missing).toEqual([]);
  });

  it('mentions every top-level folder of src-renderer/src', () => {
    const entries = topLevel('src-renderer/src', false);
    expect(entries.length).toBeGreaterThan(3);
    expect(entries.filter((e) => !mentions(e))).toEqual([]);
  });

  it('fails for a folder it does not mention', () => {
    expect(mentions('src-main/plugins/')).toBe(false);
    expect(mentions('src-renderer/src/widgets/')).toBe(false);
    expect(mentions('src-main/d/')).toBe(false);
  });
});
