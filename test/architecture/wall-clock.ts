import ts from 'typescript';

export interface WallClockRead {
  line: number;
  text: string;
}

/** `Date`, `globalThis.Date` or `window.Date`: the constructor whose zero-argument forms read the clock. */
function isDate(node: ts.Expression): boolean {
  if (ts.isIdentifier(node)) return node.text === 'Date';
  if (ts.isPropertyAccessExpression(node))
    return (
      node.name.text === 'Date' && ts.isIdentifier(node.expression) && node.expression.text === 'globalThis'
    );
  return false;
}

/**
 * Every place the source reads the wall clock: `new Date()` and `new Date` without arguments, `Date.now()`
 * (also `Date['now']()` and `globalThis.Date.now()`), and `Date.now` handed on as a function. Parsed, not
 * grepped, so comments and strings never count and a line break inside the call still does.
 */
export function wallClockReads(source: string, fileName = 'scratch.ts'): WallClockRead[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const reads: WallClockRead[] = [];
  const note = (node: ts.Node) =>
    reads.push({
      line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1,
      text: node.getText(file),
    });
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node) && isDate(node.expression) && (node.arguments?.length ?? 0) === 0)
      note(node);
    const nowAccess =
      (ts.isPropertyAccessExpression(node) && node.name.text === 'now' && isDate(node.expression)) ||
      (ts.isElementAccessExpression(node) &&
        ts.isStringLiteralLike(node.argumentExpression) &&
        node.argumentExpression.text === 'now' &&
        isDate(node.expression));
    if (nowAccess) note(node);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return reads;
}
