import path from 'node:path';
import ts from 'typescript';

/**
 * Finds where code under src/slack gets hold of a repository (or the database itself), whatever the spelling:
 * `deps.teams.x()`, `const { teams } = deps`, `const d = deps; d.teams`, `deps['teams']`, `{ teams: deps.teams }`
 * handed to a use case, a parameter typed `Pick<AppDeps['teams'], …>`. It asks the TypeScript checker for the type
 * of every name and access in those files and flags each one whose type exposes a repository's methods. Handing
 * the whole `deps` on to a use case (`{ ...deps, actor }`) names no repository and stays allowed: the use case is
 * where the repositories are called.
 */

export interface RepositoryReach {
  /** Relative to the project root, with forward slashes. */
  file: string;
  line: number;
  /** The expression that reaches the repository, e.g. `deps.teams`. */
  text: string;
}

const SLACK_FOLDER = 'src/slack/';
/** AppDeps members that are the database itself rather than a repository: just as out of reach. */
const DATABASE_MEMBERS = new Set(['db', 'database']);

function createProgram(root: string, scratch: Record<string, string>): ts.Program {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error('tsconfig.json could not be read');
  const extra = new Map(Object.entries(scratch).map(([file, text]) => [path.join(root, file), text]));
  const host = ts.createCompilerHost(parsed.options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (file) => extra.has(file) || fileExists.call(host, file);
  host.readFile = (file) => extra.get(file) ?? readFile.call(host, file);
  host.getSourceFile = (file, language, ...rest) => {
    const text = extra.get(file);
    return text === undefined
      ? getSourceFile.call(host, file, language, ...rest)
      : ts.createSourceFile(file, text, language);
  };
  const sources = parsed.fileNames.filter((file) => file.startsWith(path.join(root, 'src') + path.sep));
  return ts.createProgram({ rootNames: [...sources, ...extra.keys()], options: parsed.options, host });
}

/** The declarations of every method of every repository in AppDeps, and of the database handles. */
function repositoryDeclarations(program: ts.Program, root: string): Set<ts.Declaration> {
  const checker = program.getTypeChecker();
  const depsFile = program.getSourceFile(path.join(root, 'src', 'deps.ts'));
  const appDeps = depsFile?.statements.find(
    (statement): statement is ts.InterfaceDeclaration =>
      ts.isInterfaceDeclaration(statement) && statement.name.text === 'AppDeps',
  );
  if (!appDeps) throw new Error('interface AppDeps not found in src/deps.ts');
  const declarations = new Set<ts.Declaration>();
  let repositories = 0;
  for (const member of checker
    .getDeclaredTypeOfSymbol(checker.getSymbolAtLocation(appDeps.name) as ts.Symbol)
    .getProperties()) {
    const methods = checker.getTypeOfSymbol(member).getProperties();
    const fromRepositoryFile = methods.some((method) =>
      method.declarations?.some((node) => node.getSourceFile().fileName.endsWith('.repository.ts')),
    );
    if (!fromRepositoryFile && !DATABASE_MEMBERS.has(member.name)) continue;
    repositories += 1;
    for (const method of methods) for (const node of method.declarations ?? []) declarations.add(node);
  }
  // A change to how AppDeps is built must not quietly turn this check off.
  if (repositories < 10) throw new Error(`only ${repositories} repositories found in AppDeps`);
  return declarations;
}

/** Every place under src/slack (scratch files included) that gets hold of a repository. */
export function findRepositoryReach(root: string, scratch: Record<string, string> = {}): RepositoryReach[] {
  const program = createProgram(root, scratch);
  const checker = program.getTypeChecker();
  const forbidden = repositoryDeclarations(program, root);
  const exposesRepository = (type: ts.Type): boolean =>
    (type.isUnion() ? type.types : [type]).some((part) =>
      part.getProperties().some((property) => property.declarations?.some((node) => forbidden.has(node))),
    );
  const found = new Map<string, RepositoryReach>();
  for (const source of program.getSourceFiles()) {
    const file = path.relative(root, source.fileName).split(path.sep).join('/');
    if (!file.startsWith(SLACK_FOLDER)) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) || ts.isElementAccessExpression(node) || ts.isCallExpression(node)) {
        const subject =
          ts.isIdentifier(node) && ts.isPropertyAccessExpression(node.parent) ? node.parent : node;
        if (exposesRepository(checker.getTypeAtLocation(node))) {
          const line = source.getLineAndCharacterOfPosition(subject.getStart(source)).line + 1;
          const text = subject.getText(source);
          found.set(`${file}:${line}:${text}`, { file, line, text });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return [...found.values()];
}
