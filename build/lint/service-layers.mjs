// The order of service/'s folders, checked by `npm run lint` (eslint.config.mjs): a folder imports only
// folders below it, never one above (an arrow back up). Top first.
import { dirname, relative, resolve, sep } from 'node:path';

export const SERVICE_ORDER = [
  'server', // the organisation's server: accounts, roles, PortalRB, over the same api
  'api', // the door the transports call: dispatch, handlers, re-exports for the command line
  'replica', // a laptop's replica of a server's document: clone, sync (both sides)
  'templates', // the user's templates: from a workbook, .rbwt files, moving a document to a new version
  'workbench', // the app's own files: data folder, recent list, startup, importing a workbook into a document
  'planning', // the planner's plans and the Rencana Aksi workbook
  'portfolio', // the coordinator's view of many units, the rekap
  'merge', // taking back a pokja's file or another copy
  'export', // writing documents out as workbooks
  'yearly', // the yearly cycle: last year's document, recommendations
  'survey', // surveys that feed Hasil: respondents' answers, SKM/IKM, IPAK, IPKP
  'documents', // the document: OpenDocument, sessions, storage (documents/sqlite)
  'workbooks', // reading and importing a workbook, its live formula engine, comparing its rule
  'answers', // answers files
  'files', // reading the user's files
];

/**
 * Today's arrows back up, each by file and the folder it reaches. TODO (issue 23): remove each when its
 * code moves down — the scores stored for the portfolio and the yearly state belong to the document
 * (documents/open-document.ts and score-document.ts reach portfolio/ and yearly/ for them, to move into
 * documents/ with OpenDocument as the one door); the workbench's data folder, window export and
 * import-to-document used by portfolio/ and planning/ belong below them (a `files`-level home).
 */
export const SERVICE_EXCEPTIONS = [
  // The door the server's transport and commands take (as api's re-exports for the command line).
  { file: 'service/api/server.ts', reaches: 'server' },
  { file: 'service/documents/open-document.ts', reaches: 'portfolio' },
  { file: 'service/documents/open-document.ts', reaches: 'yearly' },
  { file: 'service/documents/score-document.ts', reaches: 'yearly' },
  { file: 'service/documents/document-view.ts', reaches: 'survey' },
  { file: 'service/planning/export-rencana-aksi.ts', reaches: 'workbench' },
  { file: 'service/portfolio/export-rekap.ts', reaches: 'workbench' },
  { file: 'service/portfolio/list-portfolio.ts', reaches: 'workbench' },
];

const folderOf = (root, path) => {
  const parts = relative(root, path).split(sep);
  return parts[0] === 'service' && parts.length > 2 ? parts[1] : undefined;
};

/** ESLint rule: an import from a service/ folder into a folder above it in SERVICE_ORDER is refused. */
export const serviceLayers = {
  meta: {
    type: 'problem',
    docs: { description: 'service/ folders import only folders below them (SERVICE_ORDER)' },
    schema: [],
  },
  create(context) {
    const root = context.cwd;
    const file = context.filename;
    const from = folderOf(root, file);
    if (from === undefined) return {};
    const rank = SERVICE_ORDER.indexOf(from);
    const shown = relative(root, file).split(sep).join('/');
    const unplaced = (folder) =>
      `service/${folder} has no place in SERVICE_ORDER (build/lint/service-layers.mjs): add it.`;
    if (rank === -1) return { Program: (node) => context.report({ node, message: unplaced(from) }) };
    const check = (node) => {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      if (!source.value.startsWith('.')) return;
      const to = folderOf(root, resolve(dirname(file), source.value));
      if (to === undefined || to === from) return;
      const toRank = SERVICE_ORDER.indexOf(to);
      if (toRank === -1) return context.report({ node: source, message: unplaced(to) });
      if (toRank > rank) return;
      if (SERVICE_EXCEPTIONS.some((e) => e.file === shown && e.reaches === to)) return;
      context.report({
        node: source,
        message: `service/${from} is below service/${to} (SERVICE_ORDER in build/lint/service-layers.mjs): no import back up.`,
      });
    };
    return {
      ImportDeclaration: check,
      ImportExpression: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
    };
  },
};
