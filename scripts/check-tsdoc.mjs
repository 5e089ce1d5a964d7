#!/usr/bin/env node
// Lists exported declarations of packages/*/src without a TSDoc comment (house style: every export
// of packages/* has a one-line TSDoc). Exits 1 when any is missing, so CI can run it.
//
// Usage: node scripts/check-tsdoc.mjs [--values-only] [package ...]
//   package        a folder name under packages/ (default: all of them)
//   --values-only  check functions, classes and variables only, not interfaces, type aliases
//                  and enums
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const withTypes = !args.includes('--values-only');
const wanted = args.filter((a) => !a.startsWith('--'));
const packagesDir = join(root, 'packages');
const packages = wanted.length > 0 ? wanted : readdirSync(packagesDir);

/** Source files under dir, without tests, fixtures and declaration files. */
function sourceFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules') out.push(...sourceFiles(path));
    } else if (
      name.endsWith('.ts') &&
      !/\.(test|fixture|d)\.ts$/.test(name) &&
      !name.endsWith('.test-d.ts')
    ) {
      out.push(path);
    }
  }
  return out;
}

function isExported(node) {
  return (ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Export) !== 0;
}

function hasJsDoc(node) {
  // JSDoc nodes hang off the declaration; for a `const`, off the VariableStatement.
  return (ts.getJSDocCommentsAndTags(node) ?? []).some((d) => ts.isJSDoc(d));
}

/** Exported declarations of one file as [name, node-with-doc] pairs. */
function exportedDeclarations(source) {
  const out = [];
  for (const stmt of source.statements) {
    if (!ts.canHaveModifiers(stmt) || !isExported(stmt)) continue;
    if (ts.isFunctionDeclaration(stmt) || ts.isClassDeclaration(stmt)) {
      out.push([stmt.name?.text ?? 'default', stmt]);
    } else if (ts.isVariableStatement(stmt)) {
      for (const decl of stmt.declarationList.declarations) {
        out.push([decl.name.getText(source), stmt]);
      }
    } else if (
      withTypes &&
      (ts.isInterfaceDeclaration(stmt) ||
        ts.isTypeAliasDeclaration(stmt) ||
        ts.isEnumDeclaration(stmt))
    ) {
      out.push([stmt.name.text, stmt]);
    }
  }
  return out;
}

let missing = 0;
let checked = 0;
for (const pkg of packages) {
  const srcDir = join(packagesDir, pkg, 'src');
  let files;
  try {
    files = sourceFiles(srcDir);
  } catch {
    console.error(`check-tsdoc: no such folder ${relative(root, srcDir)}`);
    process.exit(2);
  }
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    for (const [name, node] of exportedDeclarations(source)) {
      checked += 1;
      if (hasJsDoc(node)) continue;
      missing += 1;
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      console.log(`${relative(root, file)}:${line + 1}  ${name}`);
    }
  }
}
console.log(`check-tsdoc: ${checked} exported declarations, ${missing} without TSDoc`);
process.exit(missing > 0 ? 1 : 0);
