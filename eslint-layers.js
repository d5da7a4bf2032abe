// The `emanet/layers` rule: which folder of ours may import which (ARCHITECTURE.md, "Layers").
// Like VS Code's code-import-patterns it resolves every import (relative paths and the `@shared/`
// alias) to the file it names, finds that file's layer, and checks it against an allow-list per
// layer, so a climb into services/ is caught however many `../` it takes. Packages (`zod`, `node:fs`,
// `electron`) are not layers: no-restricted-imports in eslint.config.js handles those.
import path from 'node:path';

/**
 * @typedef {{
 *   name: string,
 *   paths: string[],
 *   allow: string[],
 *   allowTypeOnly?: string[],
 *   why?: string,
 * }} Layer
 * `paths`: repo-relative folders (ending in `/`) or files. `allow`: the layers it may import besides
 * itself ('*' for any). `allowTypeOnly`: layers it may import types from (erased at build time).
 */

const posix = (p) => p.split(path.sep).join('/');

const withoutExtension = (p) => p.replace(/\.[cm]?[jt]sx?$/, '');

function layerOf(layers, relative) {
  const bare = withoutExtension(relative);
  for (const layer of layers) {
    if (layer.paths.some((p) => (p.endsWith('/') ? relative.startsWith(p) : bare === withoutExtension(p))))
      return layer;
  }
  return undefined;
}

/** Every declaration whose imported bindings are all types: `import type …` or `import { type A }`. */
function isTypeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type');
}

/** @type {import('eslint').Rule.RuleModule} */
const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports between our folders follow the allow-list in ARCHITECTURE.md.' },
    schema: [
      {
        type: 'object',
        properties: {
          layers: { type: 'array' },
          aliases: { type: 'object' },
          aliasOnly: { type: 'array' },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      forbidden: '{{from}} may not import {{to}} ({{target}}). {{from}} may import: {{allowed}}. See ARCHITECTURE.md.',
      typesOnly: '{{from}} may import only types from {{to}} ({{target}}): use `import type`. See ARCHITECTURE.md.',
      useAlias: 'Import {{to}} through the {{alias}} alias, not a relative path ({{target}}).',
    },
  },
  create(context) {
    const { layers = [], aliases = {}, aliasOnly = [] } = context.options[0] ?? {};
    const root = context.cwd;
    const file = posix(path.relative(root, context.filename));
    const from = layerOf(layers, file);
    if (!from) return {};

    function check(node, source, typeOnly) {
      if (typeof source !== 'string') return;
      let target;
      let viaAlias;
      for (const [alias, folder] of Object.entries(aliases)) {
        if (source === alias.replace(/\/$/, '') || source.startsWith(alias)) {
          target = posix(path.normalize(path.join(folder, source.slice(alias.length))));
          viaAlias = alias;
        }
      }
      if (target === undefined) {
        if (!source.startsWith('.')) return; // a package
        target = posix(path.relative(root, path.resolve(path.dirname(context.filename), source)));
      }
      const to = layerOf(layers, target) ?? layerOf(layers, `${target}/`);
      const data = { from: from.name, to: to ? to.name : 'a file outside every layer', target };
      if (to === from) return;
      const rule = aliasOnly.find((a) => a.from === from.name && a.to === to?.name);
      if (rule && viaAlias !== rule.alias) {
        context.report({ node, messageId: 'useAlias', data: { ...data, alias: rule.alias } });
        return;
      }
      if (from.allow.includes('*') || (to && from.allow.includes(to.name))) return;
      if (to && typeOnly && (from.allowTypeOnly ?? []).includes(to.name)) return;
      if (to && (from.allowTypeOnly ?? []).includes(to.name)) {
        context.report({ node, messageId: 'typesOnly', data });
        return;
      }
      context.report({
        node,
        messageId: 'forbidden',
        data: { ...data, allowed: from.allow.length ? from.allow.join(', ') : 'nothing of ours' },
      });
    }

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value, isTypeOnly(node)),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value, isTypeOnly(node)),
      ExportAllDeclaration: (node) => check(node.source, node.source.value, node.exportKind === 'type'),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value, false),
    };
  },
};

export const layersPlugin = { meta: { name: 'emanet' }, rules: { layers: layersRule } };
