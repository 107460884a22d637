/**
 * No regular expression in src/ backtracks super-linearly: a crafted import, paste, search or
 * review text must not freeze main. recheck proves each pattern linear (or finds an attack
 * string); a pattern it cannot decide fails too. Patterns built at run time that see user text
 * are checked from the modules that build them. A fixed seed makes recheck's fuzzing repeatable.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { DATE_PATTERNS } from '../../src/main/import/find-date';

function regexLiterals(): { where: string; source: string; flags: string }[] {
  const files = execFileSync('git', ['ls-files', 'src'], { encoding: 'utf8' })
    .split('\n')
    .filter((file) => /\.tsx?$/.test(file));
  const found: { where: string; source: string; flags: string }[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const end = text.lastIndexOf('/');
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        found.push({ where: `${file}:${line}`, source: text.slice(1, end), flags: text.slice(end + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

function verdict(source: string, flags: string): string {
  const result = checkSync(source, flags, { timeout: 20_000, randomSeed: 1 });
  if (result.status === 'vulnerable') return `${result.complexity.type}: ${result.attack.pattern}`;
  return result.status;
}

describe('every regular expression is linear', () => {
  const literals = regexLiterals();

  it('finds the patterns of src/', () => {
    expect(literals.length).toBeGreaterThan(100);
  });

  it('has no literal pattern that backtracks super-linearly', () => {
    const unsafe = literals
      .map((literal) => ({ ...literal, verdict: verdict(literal.source, literal.flags) }))
      .filter((literal) => literal.verdict !== 'safe')
      .map((literal) => `${literal.where} /${literal.source}/${literal.flags} — ${literal.verdict}`);
    expect(unsafe).toEqual([]);
  }, 240_000);

  it('has no date pattern that backtracks super-linearly', () => {
    for (const { regex } of DATE_PATTERNS) expect(verdict(regex.source, regex.flags), regex.source).toBe('safe');
  }, 60_000);
});
