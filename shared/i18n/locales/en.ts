import type { Messages } from '../messages';

/** English messages, shown beside or instead of Indonesian on request. */
export const en: Messages = {
  where: {
    sheet: 'sheet "{{name}}"',
    cell: 'cell {{cell}}',
    row: 'row {{row}}',
  },
  menu: {
    home: 'Home',
    file: 'File',
    newFromLastYear: 'New from last year…',
    newFromTemplate: 'New from template…',
    open: 'Open…',
    importExcel: 'Import Excel…',
    exportExcel: 'Export Excel…',
    recent: 'Recently opened',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    view: 'View',
    language: 'Language',
    fullscreen: 'Full screen',
  },
  import: {
    created: 'Document created: {{file}} from {{source}} ({{template}}, {{questions}} questions)',
    totals:
      'Total by the workbook formulas: {{workbook}}; by the regulation rule: {{standard}}; {{findings}} findings (see `rbw inspect`)',
  },
  api: {
    internal: 'internal error: {{message}}',
    unknownOperation: 'unknown operation "{{name}}"',
    invalidInput: 'invalid input: {{message}}',
    forbidden: 'call refused: only the RB Workbench window itself may call the service',
  },
  access: {
    // A call the organisation's server refused for the user's role (issue 24)
    refused: 'refused: {{message}}',
    outside:
      'this location is not open to the window: choose the file in a dialog, upload it, or open its folder at start (npm run web -- --folder=FOLDER)',
    fileType: 'this kind of file does not fit this action (use {{types}})',
    noFolder: 'no such folder',
  },
  link: {
    confirm: 'Open this link from the document in your browser?',
    open: 'Open',
    cancel: 'Cancel',
  },
  answer: {
    notAnOption: 'answer "{{answer}}" is not one of the options ({{options}})',
    notANumber: 'answer "{{answer}}" is not a number',
    negative: 'count "{{answer}}" cannot be negative',
    notWhole: 'count "{{answer}}" must be a whole number',
    outOfRange: 'value "{{answer}}" is outside {{min}}–{{max}}',
  },
  answers: {
    unknownCode: 'code "{{code}}" is not in the template',
    invalidFile: 'invalid answers file: {{message}}',
    notJson: 'the file is not valid JSON: {{message}}',
  },
  template: {
    newerVersion:
      'the template was made by a newer version of the app (format version {{version}}); update RB Workbench',
    invalidField: 'invalid template: {{message}}',
    duplicateId: 'id "{{id}}" is used more than once',
    unknownAnswerType: 'unknown answer type "{{type}}"',
    inputNotCount: 'an input must be of type Jumlah, not "{{type}}"',
    unknownInput: 'the formula refers to input "{{ref}}", which does not exist',
    averageOverGroup: 'sub-area "{{id}}" is averaged but contains other groups',
    unweightedInSum: 'indicator "{{id}}" has no weight under a summed group',
    weightsDoNotAddUp: 'weight of "{{id}}" {{weight}} differs from the sum of the weights below it ({{sum}})',
    unknownGateSource: 'the gate refers to indicator "{{ref}}", which does not exist',
    gateCycle: 'the gate of indicator "{{id}}" forms a cycle',
    unknown: 'unknown template "{{id}}"; choose one of: {{ids}}',
  },
  file: {
    notFound: 'file not found',
    unreadable: 'the file cannot be read: {{message}}',
    unsupported: 'unsupported file type (use .json{{more}})',
    tooLarge:
      'the file is {{size}} MB, over the {{max}} MB the workbench reads (a real LKE is under 1 MB); check that this is the right file',
    // An odd entry in a portfolio's folder (issue 22)
    entry: {
      folder: 'this is a folder, not a file; not read',
      linkLoop: 'a symbolic link that loops back on itself; not read',
      brokenLink: 'a symbolic link to a file that does not exist; not read',
      special: 'not a regular file (a device, pipe or socket); not read',
      unreadable: 'the file cannot be opened ({{code}}); not read',
    },
  },
  cli: {
    internalError:
      'unexpected error in RB Workbench ({{message}}); please report it (RBW_DEBUG=1 shows the details)',
    usage: 'Usage: rbw <command> [options]. Commands: {{commands}}. See the README.',
    unknownCommand: 'unknown command "{{command}}"',
    badOption: '{{message}}',
    missingArgument: 'argument {{name}} is required',
    badUnanswered: '--unanswered must be "skip" or "zero"',
  },
  // Help of the command line: rbw --help, rbw help COMMAND, rbw COMMAND --help; unknown options.
  cliHelp: {
    about:
      'rbw — RB Workbench on the command line: the evaluation worksheets (LKE) of Zona Integritas, PMPRB and Indeks RB.',
    usage: 'Usage',
    commandWord: 'COMMAND',
    optionsWord: 'options',
    commandsHeading: 'Commands',
    commands: {
      serve: {
        summary: "the organisation's server on PostgreSQL: the same window and API for many users",
        description:
          "Runs the organisation's server: every document stored in a PostgreSQL database (--db postgres://…), the schema created or migrated by itself; prints its address once listening; GET /health answers 200.",
        options: {
          db: 'PostgreSQL database URL',
          host: 'address to listen on (default 127.0.0.1)',
          port: 'port (default: any free one)',
          // Single sign-on (OpenID Connect).
          'oidc-issuer': "the agency's single sign-on provider (OpenID Connect issuer URL)",
          'oidc-client-id': "this server's client id at the provider",
          'oidc-client-secret': 'client secret (safer: the RBW_OIDC_CLIENT_SECRET variable)',
          'public-url': "the server's address for browsers (behind a proxy), for the sign-on callback",
          'tls-cert': 'certificate (PEM) to serve HTTPS with, beside --tls-key',
          'tls-key': 'private key (PEM) of --tls-cert',
        },
      },
      users: {
        summary: 'server accounts: add a user (password on standard input), assign to a document',
        description:
          'rbw users add LOGIN --role admin|coordinator|pokja|evaluator|viewer [--pokja NAME] --db URL: the password is read from standard input.\nrbw users assign LOGIN DOCUMENT_ID --db URL: a pokja member or evaluator on a document.',
        options: {
          role: 'role',
          pokja: "the member's pokja",
          org: 'organisation (default: default)',
          db: 'PostgreSQL database URL',
          'oidc-subject': "this account's subject (sub) at the sign-on provider; no password needed then",
        },
      },
      pull: {
        summary: 'downloads one document of the server with its whole history as a .rbw file',
        description:
          "Signs in to the organisation's server as --login (the password on standard input) and downloads one document as DOC.rbw, its history included. The address is the server's address (as rbw serve prints it) followed by the document id (as rbw push prints it), e.g. https://rb.example.go.id/1b4e28ba-2fa1-11d2-883f-0016d3cca427. An HTTPS server with its own certificate authority: NODE_EXTRA_CA_CERTS=ca.pem.",
        options: { out: 'the new file to write (.rbw)', login: 'your login on the server' },
      },
      push: {
        summary:
          'uploads a local document (.rbw) with its history to the server; the new id on the last line',
        description:
          "Uploads a .rbw document with its whole history into the server's database; prints the new document's id on its last line. A FOLDER uploads every .rbw and LKE workbook (.xlsx, .xlsm) in it, a progress line on stderr for each and one line 'ID NAME' per document on stdout.",
        options: { org: 'organisation (default: default)', db: 'PostgreSQL database URL' },
      },
      // A laptop's replica of a server's document (issue 25).
      clone: {
        summary:
          "a replica of a server's document on a laptop: work offline, then rbw sync (password on standard input)",
        description:
          "Signs in to the server (the session is kept in the workbench's folder, mode 0600, never in the document) and copies the document with its history up to the server's current revision as a .rbw replica.",
        options: {
          document: "the document's id on the server",
          login: 'account name',
          out: 'the replica file to write',
        },
      },
      sync: {
        summary: "sends the replica's changes to the server and takes the others'; exit code 3 on conflicts",
        description:
          "Sends the replica's actions since its last sync (each field with its base value); the server merges them three ways as rbw merge does. Conflicts: nothing written, each on its own line starting with its code, exit code 3; --take mine (the laptop's value) or --take theirs (the server's) settles them.",
        options: {
          json: 'JSON output',
          take: "one side for every conflict: mine (the laptop's) or theirs (the server's)",
        },
      },
      'portal-token': {
        summary: "the organisation's read-only PortalRB tokens: create or revoke",
        description:
          'rbw portal-token create --db URL: a new token on the last line (only its hash is stored).\nrbw portal-token revoke ID --db URL: revokes a token.',
        options: { org: 'organisation (default: default)', db: 'PostgreSQL database URL' },
      },
      survey: {
        summary:
          "surveys (SKM/IKM, IPAK, IPKP): import respondents' answers, show, bind to a Hasil question, report",
        description:
          "rbw survey import DOC FILE --kind skm|ipak|ipkp: respondents' answers from .xlsx/.csv/.ods (columns matched by their headers; --yes accepts the match).\nrbw survey show DOC: each survey's value (IKM 0–100 for SKM, the 0–4 value for IPAK/IPKP).\nrbw survey bind DOC NAME --to CODE: a Hasil question takes its value from the survey.\nrbw survey report DOC: the computation per element.",
        options: {
          kind: 'kind of survey',
          name: 'survey name (default: its kind)',
          population: 'population (Krejcie & Morgan sample size)',
          scale: 'answer scale the unit used',
          weights: 'SKM element weights: exact 1/9 (default) or 0.111',
          conversion: 'conversion of the scale to the 0–4 value',
          yes: 'accept the column match without asking',
          to: 'code of the Hasil question to bind',
          json: 'JSON output',
          author: 'author name in history',
        },
      },
      template: {
        summary: 'a template from a workbook, to or from a .rbwt file, or a document moved to a new version',
        description:
          "rbw template from FILE --id ID --name NAME: a template from an LKE workbook.\nrbw template export ID --out F: a template as a .rbwt file.\nrbw template add F: a .rbwt file among the user's templates.\nrbw template move DOC --out NEW: a document moved to the latest version of its template.",
        options: {
          id: 'template id',
          name: 'template name',
          version: 'template version',
          out: 'file to write',
          to: 'target template (move)',
          json: 'JSON output',
          author: 'author name in history',
        },
      },
      templates: {
        summary: "lists the built-in templates and the user's",
        description: "The built-in templates and the user's with their number of questions.",
        options: { json: 'JSON output' },
      },
      score: {
        summary: 'scores an answers file, a document (.rbw) or an LKE workbook (.xlsx, .xls, .ods)',
        description:
          "Total, category, components, areas, the Menuju WBK / WBBM checks and where to gain points.\nAn LKE workbook is scored by its own formulas and by the regulation's rule; both totals and their difference are always shown.\nA document is scored by its leading rule (the workbook's formulas if imported from a workbook).",
        options: {
          json: 'JSON output',
          rule: "the rule shown first: the workbook's formulas or the regulation's",
          unanswered: "unanswered questions left out (the default, as Excel's AVERAGE) or counted as 0",
          gains: 'how many places to gain points are shown (default 10)',
          sheet: "the workbook's sheet to score (workbooks only)",
        },
      },
      new: {
        summary: "a new document from a template, or from last year's document or workbook",
        description:
          "A new, empty document (.rbw) from a template, or one started from last year's document or workbook (--from).",
        options: {
          template: "the document's template (see rbw templates)",
          out: 'the document file to create',
          agency: 'the agency',
          unit: 'the unit',
          year: 'the year assessed',
          model: 'the assessment model',
          from: "last year's document (.rbw) or workbook",
          author: "the author's name in the document's history",
        },
      },
      set: {
        summary: "sets one indicator's answer, note, evidence, pokja, status",
        description:
          'Sets fields of one indicator as one (undoable) action. With --reviewer, ANSWER and --note are the reviewer\'s. An empty ANSWER ("") clears it.',
        options: {
          note: 'the note',
          reviewer: "the reviewer's answer and note (TPI / APIP)",
          evidence: 'the evidence',
          pokja: 'the pokja in charge',
          status: 'the work status',
          'target-month': 'the target month',
          author: "the author's name in the document's history",
        },
      },
      show: {
        summary: 'every indicator of a document: answer, note, review, value',
        description:
          'Every indicator with its answer, note, review and value; with CODE, that indicator (and its Jumlah inputs) in full.',
        options: { json: 'JSON output (a list of items)' },
      },
      history: {
        summary: 'who changed what and when',
        description: "The document's changes, newest first; with CODE, one indicator and its inputs.",
        options: { json: 'JSON output', limit: 'at most this many entries (1–1000, default 50)' },
      },
      undo: {
        summary: 'takes back the latest actions',
        description: 'Takes back the latest actions on the document.',
        options: {
          steps: 'how many actions (default 1)',
          author: "the author's name in the document's history",
        },
      },
      redo: {
        summary: 'does again what was taken back',
        description: 'Does again the actions taken back last.',
        options: {
          steps: 'how many actions (default 1)',
          author: "the author's name in the document's history",
        },
      },
      snapshot: {
        summary: 'named snapshots: keep, list, compare, restore',
        description:
          "Keeps a snapshot named NAME; --list, --compare, --restore (undoable). SNAP is a snapshot's number or name.",
        options: {
          list: 'lists the snapshots',
          compare: 'what changed since that snapshot',
          restore: 'puts that snapshot back',
          author: "the author's name in the document's history",
        },
      },
      inspect: {
        summary: "where a workbook's formulas and entries differ from the regulation's rule",
        description:
          "Every place where the workbook's formulas differ from the regulation's rule (both formulas and the effect on the total), answers outside their options, typed totals that disagree with their breakdown, weights that do not add up, divisions by zero and sub-areas without answers.",
        options: { json: 'JSON output' },
      },
      import: {
        summary: 'an official LKE workbook into a new document',
        description:
          'Imports an official LKE workbook into a new document (beside it unless --out), keeping the workbook inside.',
        options: {
          out: 'the document file to create',
          author: "the author's name in the document's history",
        },
      },
      export: {
        summary: 'the document as an official workbook, the 2026 portal upload or the rekap',
        description:
          "The document as an official workbook (its own layout, else a clean LKE), the 2026 portal upload, or the rekap; --pokja limits it to one pokja's areas. What the file could not hold is listed.",
        options: {
          out: 'the file to write',
          format: 'the kind of file (default lke)',
          pokja: "only this pokja's areas",
          prior: "last year's document, for the rekap",
        },
      },
      merge: {
        summary: "merges a pokja's file or another copy of the document (three ways)",
        description:
          "Merges a pokja's file (from rbw export --pokja) or another copy of the document (.rbw) three ways. With conflicts left unsettled nothing is written: each conflict on its own line, exit code 3.",
        options: {
          author: "the author's name in the document's history",
          'dry-run': 'only shows the changes and conflicts; nothing written',
          json: 'JSON output',
          take: 'settles every conflict one way',
          'allow-blank': 'fields blanked in the file blank the document too',
        },
      },
      followup: {
        summary: 'recommendations to follow up: list, add, set',
        description:
          'The recommendations to follow up (tindak lanjut). Without an action: the list; add TEXT: adds one; set ID: changes one (the value "-" clears).',
        options: {
          json: 'JSON output',
          overdue: 'only those past their month',
          pokja: 'the pokja in charge (or a filter of the list)',
          on: 'the indicator concerned',
          due: 'the month due',
          source: 'where the recommendation comes from (default report)',
          status: 'the work status',
          evidence: 'the evidence of the follow-up',
          text: "the recommendation's text",
          accept: 'accepts a proposed recommendation',
          author: "the author's name in the document's history",
        },
      },
      plan: {
        summary: 'the least-effort answer changes that reach a target',
        description:
          'The least-effort set of answer changes that reaches the target by the document\'s leading rule, by pokja; an unreachable target gives the best plan there is. --out also writes it as a "Rencana Aksi" sheet.',
        options: {
          target: 'a total, a rise, a category or a predicate (wbk, wbbm)',
          reading: 'how predicates are read (default both)',
          lock: 'an indicator not to change (repeatable)',
          effort: 'the effort of changing one indicator (repeatable)',
          pokja: "only this pokja's indicators",
          json: 'JSON output',
          out: 'also written as a Rencana Aksi workbook',
        },
      },
      portfolio: {
        summary: 'every unit of a folder: both totals, category, distribution, within reach',
        description:
          "Every unit of a folder (documents and workbooks) with its total by its leading rule and by the regulation's, category, completeness, reviewer's total, last year and the change, the predicates; the category distribution and the units within reach of their next category.",
        options: {
          json: 'JSON output',
          reach: 'points from the next category that count as within reach (default 5)',
          cache: 'folder where workbooks are kept once imported',
          out: 'also written as a rekap workbook (Rekap, Distribusi, Area)',
        },
      },
    },
    options: 'Options',
    commonOptions: 'Common options',
    common: {
      lang: 'messages in English (or RBW_LANG=en)',
      help: 'this help',
      version: "rbw's version",
    },
    exitCodes: 'Exit codes',
    exit: {
      0: 'done',
      1: 'a problem with the input (one line per problem, naming the file and the field)',
      2: 'a usage error (unknown command or option, missing argument)',
      3: 'rbw merge: conflicts left unsettled (nothing written)',
    },
    more: 'One command in full: rbw help COMMAND or rbw COMMAND --help.',
    unknownOption: 'unknown option {{option}}',
    didYouMean: '; did you mean {{name}}?',
    seeHelp: '(see rbw {{command}} --help)',
    progress: {
      portfolio: 'scoring file {{n}} of {{total}}: {{file}}',
      reading: 'reading {{file}}…',
      storing: 'storing the document from {{file}}…',
    },
  },
  score: {
    title: 'Score',
    total: 'Total',
    category: 'Category',
    answered: 'Answered',
    of: 'of',
    questions: 'questions',
    inputs: 'Jumlah inputs',
    policySkip: 'unanswered questions are left out of the average (as Excel AVERAGE does)',
    policyZero: 'unanswered questions count as 0',
    component: 'Component',
    weight: 'Weight',
    value: 'Value',
    percent: '%',
    emptySubArea: 'Incomplete: sub-area {{code}} {{title}} has no answers yet',
    predicate: 'Predicate',
    passWhole: 'met (whole area)',
    failWhole: 'not met (whole area)',
    passHalves: 'met (each Pemenuhan/Reform half)',
    failHalves: 'not met (each Pemenuhan/Reform half)',
    pass: 'met',
    fail: 'not met',
    moreEmpty: '… and {{count}} more sub-areas without answers',
    readingWhole: 'whole area (Pemenuhan + Reform)',
    readingHalves: 'each Pemenuhan / Reform half',
    gains: 'Where to gain points',
  },
  templates: {
    heading: 'Built-in templates',
    indicators: 'indicators',
  },
  document: {
    notSqlite: 'not an RB Workbench document (not a SQLite file); open a .rbw file',
    notWorkbench: 'this SQLite file is not an RB Workbench document',
    newerVersion:
      'the document was made by a newer version of RB Workbench (format {{version}}; this version reads up to format {{supported}}); update the app. The document was not changed',
    damaged: 'the document is damaged or truncated ({{detail}}); it was not changed. Open its backup copy',
    badContent: 'the document content is invalid; another program may have changed it',
    exists: 'the file already exists; choose another name',
    notOpen: 'the document is not open (was it closed?)',
    busy: 'another program is saving the document; try again in a moment',
    cannotWrite:
      'the document cannot be written ({{detail}}); check the file permissions, or save a copy elsewhere',
    diskFull: 'the disk is full: this change was not saved; free some space and try again',
    readOnly:
      'the document is read-only here (a read-only disk or folder, or a write-protected file): it can be shown, scored and exported, not edited. Copy it to a folder you can write to edit it',
    schemaMismatch:
      'the document claims format {{version}} but its tables are not those of that format ({{detail}}): it is damaged or was changed by another program, and was neither updated nor changed. Open its backup copy',
    badHistory:
      'the history of the document is damaged (action {{action}}); undo, redo and history are unavailable, the answers are intact. Open its backup copy to get them back',
    sourceDamaged:
      "the workbook stored in the document ({{workbook}}) is damaged; the document opens with its answers, but the workbook's own formulas are unavailable: scores follow the standard rule. Import the workbook again to restore them",
    noFolder: 'folder {{folder}} does not exist',
    migrated: 'the document was updated from format {{from}}; the previous copy was saved as {{backup}}',
    created: 'Document created: {{file}} ({{template}}, {{questions}} questions)',
    badYear: '--year must be a year, e.g. 2026',
    nothingToSet: 'nothing to set: give ANSWER or --note, --evidence, --pokja, --status, --target-month',
    unchanged: '{{file}}: {{code}} unchanged (it already has that value)',
    reviewerTotal: 'reviewer score',
    reviewerShort: 'rev.',
    answerType: 'Answer type',
    value: 'Value',
  },
  record: {
    linkAsText:
      'link "{{url}}" is kept as text, not as a link: only http, https and mailto links are kept (others could run programs or open files)',
    unknownCode: 'code "{{code}}" is not in the template',
    derived: '"{{code}}" is computed from its Jumlah inputs; fill those in',
    tooLong:
      'a text of {{length}} characters is over the limit of {{max}} (what one Excel cell holds); not saved, nothing cut',
    notText: 'must be text',
    badEvidence: 'invalid evidence: {{message}}',
    badStatus: 'unknown status "{{status}}"; choose one of: {{options}}',
    badMonth: 'target month "{{month}}" must be YYYY-MM, e.g. 2026-05',
    unknownAttachment: 'attachment "{{name}}" is not in the document',
    attachmentTooLarge:
      'file "{{name}}" ({{size}} MB) is over the {{max}} MB limit; keep it on the shared drive and paste its link',
    // A file sent with damaged content (issue 22)
    attachmentNotBase64:
      'file "{{name}}" did not arrive whole (its content is not valid base64); it was not stored, send the file again',
    // An edit over another user's change (issue 24, server window)
    staleBase:
      '{{itemId}} was changed by another user since you saw it (now {{ours}}); your {{theirs}} was not saved',
  },
  field: {
    answer: 'answer',
    note: 'note',
    evidence: 'evidence',
    reviewerAnswer: 'reviewer answer',
    reviewerNote: 'reviewer note',
    pokja: 'pokja',
    status: 'status',
    targetMonth: 'target month',
    metadata: 'document details',
    survey: 'survey',
  },
  history: {
    kind: {
      edit: 'edit',
      paste: 'paste',
      restore: 'restore snapshot',
      attach: 'attach file',
      metadata: 'edit document details',
      undo: 'undo',
      redo: 'redo',
      merge: 'merge',
      survey: 'survey',
    },
    state: { undone: 'undone', discarded: 'undone, can no longer be redone' },
    empty: 'No changes yet',
    more: '… older entries exist (show more with --limit, up to 1000; now {{limit}})',
    badLimit: '--limit must be a number from 1 to 1000',
    badSteps: '--steps must be a whole number of 1 or more',
    nothingToUndo: '{{file}}: nothing to undo',
    nothingToRedo: '{{file}}: nothing to redo',
    undone: '{{file}}: {{count}} step(s) undone ({{items}} items changed)',
    redone: '{{file}}: {{count}} step(s) redone ({{items}} items changed)',
  },
  snapshot: {
    unknown: 'snapshot "{{id}}" does not exist; list them with rbw snapshot DOC --list',
    created: 'Snapshot #{{id}} "{{name}}" saved in {{file}} (total {{total}})',
    none: '{{file}}: no snapshots yet',
    comparing: 'Snapshot #{{id}} "{{name}}": total {{then}} → now {{now}}; {{count}} fields differ',
    restored: '{{file}}: snapshot #{{id}} restored ({{items}} items changed; rbw undo takes it back)',
  },
  workbook: {
    emptyFile: 'the file is empty (0 bytes)',
    notSpreadsheet: 'this is a {{kind}} document, not an Excel workbook; choose the LKE .xlsx file',
    corrupt:
      'the file is damaged or not a complete Excel workbook; ask for a new copy or save it again as .xlsx in Excel',
    encrypted:
      'the workbook is protected by a password; open it in Excel, remove the password (File › Info › Protect Workbook) and save it again',
    empty: 'the workbook holds no data on any sheet',
    needsLibreOffice:
      '{{extension}} files are converted to .xlsx with LibreOffice, which is not installed; install LibreOffice Calc or save the file as .xlsx in Excel',
    conversionFailed: 'LibreOffice could not convert the file to .xlsx: {{message}}',
    tooManyParts:
      'the package holds {{count}} parts, over the {{max}} the workbench reads; it is not a workbook as Excel saves it. Save it again as .xlsx in Excel',
    partTooLarge:
      'part {{part}} unpacks to {{size}} MB, over the {{max}} MB the workbench reads; it was not unpacked. Check that this is the right file',
    tooLargeUnpacked:
      'the workbook unpacks to {{size}} MB, over the {{max}} MB the workbench reads (a real LKE unpacks to about 1 MB); it was not unpacked',
    packedTooTight:
      'part {{part}} unpacks to {{ratio}} times its packed size (at most {{max}}): a compression bomb, not a workbook; it was not unpacked',
    tooManyRows:
      'the sheet uses or declares row {{row}}; the workbench reads up to row {{max}} (a real LKE has a few thousand). Delete the rows below row {{max}} in Excel and save again',
    tooManyColumns:
      'the sheet uses or declares column {{column}}; the workbench reads up to column {{max}} (a real LKE has about 30). Delete the columns on the right in Excel and save again',
    tooManyCells:
      'the workbook holds more than {{max}} cells (a real LKE has under 100,000); delete the sheets or rows it does not need in Excel and save again',
    // Whole-column and whole-sheet ranges (issue 22)
    rangesTooLarge:
      "a formula reads the range {{range}}; cut to the sheets' used area, the workbook's formula ranges cover more than {{max}} cells (a real LKE a few thousand); delete what is not needed below or right of the LKE in Excel and save again",
    notLke: 'no sheet looks like an LKE (a header row with Jawaban and Bobot, Nilai or Pilihan Jawaban)',
    noHierarchy: 'no code and title columns (A., I., 1., i., a.) left of the Bobot/Jawaban columns',
    noQuestions: 'no question rows below the header row',
    templateInvalid: 'the LKE structure cannot be read as a template: {{message}}',
    noAnswerSheet: 'no answer sheet "{{sheet}}"; the answer sheets are: {{sheets}}',
    tooComplex: 'the workbook has far more formula structure than any LKE; check that this is an LKE file',
    badRule: '--rule must be "workbook" or "standard"',
    noWorkbookRule: 'this document was not imported from a workbook: only the standard rule can score it',
    ruleWorkbook: 'workbook formulas',
    ruleStandard: 'standard rule',
    totalBy: 'Total ({{rule}})',
    difference: 'Difference (workbook − standard)',
    cached: 'saved in the file',
    shownRule: 'Breakdown below: {{rule}}',
    priorYear: 'Last year ({{label}})',
    // Issue 22: one answer sheet's own total.
    ofSheet: 'the "{{sheet}}" sheet’s own total; the workbook’s headline is computed on its summary sheet',
    headlineAt: 'computed in {{cell}} from the answer sheets',
    answerSet: 'Sheet "{{sheet}}" ({{answered}} answered)',
    reviewerBlock: 'Reviewer "{{label}}" ({{answered}} answered)',
    incomplete: 'incomplete',
    totalError: 'Excel shows {{error}} for the total',
    findings: '{{count}} findings; see rbw inspect {{file}}',
    convertedFrom: 'converted from {{kind}} with LibreOffice',
    noFormulas: 'the file computes no scores itself; scored with the template {{template}}',
  },
  finding: {
    heading: 'Findings in {{file}} (sheet "{{sheet}}")',
    none: 'No findings: the workbook formulas agree with the standard rule.',
    count: '{{count}} findings; workbook total {{workbook}}, standard rule {{standard}}',
    workbookFormula: 'workbook formula',
    standardFormula: 'standard formula',
    effect: 'effect on the total',
    formulaDiffers:
      'the formula of {{id}} "{{title}}" gives {{shown}}, the standard rule {{expected}} (with the file\'s own answers)',
    formulaCountsBlank:
      'formula {{id}} "{{title}}" gives {{shown}} for an empty answer (with the file\'s own answers); the standard rule leaves an unanswered row out',
    optionValuesDiffer:
      'the formula of this row values the {{label}} options {{values}}, the other rows of its type {{standard}}',
    foreignReference: 'the formula reads the inputs in rows {{rows}} of another question (copy-paste)',
    unrecognisedFormula:
      'formula {{formula}} is not recognised as a ratio of Jumlah inputs; its result is used as is',
    unknownAnswerType:
      'Pilihan Jawaban "{{label}}" is unknown to the formula, so {{value}} shows "-" and the row is left out of the average; read as "{{assumed}}"',
    answerNotAnOption: 'answer "{{answer}}" is not an option of {{label}}; not counted',
    typedTotalDiffers: '{{cell}} is typed as {{typed}}, but its breakdown {{parts}} = {{sum}}',
    weightsDoNotAddUp:
      'weight of {{id}} "{{title}}" {{weight}} differs from the sum of the weights below it ({{sum}})',
    missingWeight: '{{id}} "{{title}}" has no weight',
    divisionByZero: '{{id}} "{{title}}" divides by zero (#DIV/0!); the workbench uses {{value}}',
    emptySubArea:
      'incomplete: sub-area {{id}} "{{title}}" has no answers yet, so Excel shows {{error}} for the total',
    errorInWorkbook: 'the cell shows {{error}} ({{id}})',
    noFormulas:
      'the sheet holds no scoring formulas (a portal upload sheet); read with the built-in template {{template}} by its cell map',
    engineDiffers: '{{count}} formula cells compute differently from the results Excel saved ({{cells}})',
    rowsNotCounted:
      '{{count}} question rows are not counted by the total formula (rows {{rows}}); they are not scored',
    unreadableFormula:
      'the formula cannot be read ({{reason}}); this cell takes no part in the LKE structure',
    // Formulas nested past what any workbook holds (issue 22)
    formulaTooDeep:
      'the formula cannot be read (nested more than {{max}} levels deep; Excel allows 64): the cell keeps the result saved in the file and does not shape the LKE structure',
    readsOtherRow: "this row's value formula reads the answer of row {{rows}}, not its own (a copy-paste)",
    matchedTemplate:
      'the file computes no scores itself; its questions were matched with the template {{template}} ({{matched}} of {{questions}} questions) and scored by its rule',
    unmatchedRows: '{{count}} rows match no question of the template {{template}}: {{rows}}',
    // Findings are about the file (issue 22)
    formulaDiffersOnTrial:
      'with random trial answers no. {{trial}}, the formula of {{id}} "{{title}}" gives {{shown}}, the standard rule {{expected}}; with the file\'s own answers the cell shows {{fileValue}}, as the standard rule does',
    formulaCountsBlankOnTrial:
      'with random trial answers no. {{trial}} (this row left blank), formula {{id}} "{{title}}" gives {{shown}} for an empty answer where the standard rule leaves an unanswered row out; with the file\'s own answers the cell shows {{fileValue}}, as the standard rule does',
    differenceExplained:
      'Difference of sheet "{{sheet}}" (workbook formulas − standard rule): workbook formulas {{workbook}} − standard rule {{standard}} = {{difference}}; effects of the findings above {{listed}}, other differences {{other}}',
    incompleteTotal:
      'incomplete: the total shows {{error}} because {{count}} answers are still blank: {{answers}}',
    // A total must be a total (issue 22)
    totalNotATotal:
      'this cell ({{value}}) looks like the total but adds the total {{totalCell}} ({{total}}) and its components again; the workbook total is taken from {{totalCell}}',
    totalAboveMaximum:
      'the total {{value}} exceeds the maximum {{max}}: this cell does not look like a total (check its formula); it is still used as the workbook total',
    totalNotItsComponents:
      'the total {{value}} differs from the sum of its components {{parts}} = {{sum}}: its formula reads other cells again (check it); it is still used as the workbook total',
    // A total the workbench adds states its maximum (issue 22)
    addedTotalAboveMaximum:
      "the total {{value}} exceeds the maximum {{max}} (the components' weights): the workbook has no total row, so the workbench adds its components {{parts}}; a component's formula counts more than its share (check it)",
  },
  export: {
    evidenceSheetAdded:
      'An Excel cell holds one link: the sheet "{{sheet}}" was added with every evidence link clickable ({{count}} links)',
    done: 'Exported: {{file}} ({{format}})',
    badFormat: '--format must be lke, portal2026 or rekap',
    badRequest: 'invalid export request: {{message}}',
    notXlsx: 'the export file must end in .xlsx',
    noFolder: 'folder {{folder}} does not exist',
    notAFile: 'this name is a folder, not a file',
    openElsewhere:
      'the file is open in {{app}} ({{lock}} exists); close it in {{app}} and export again, or choose another name. Nothing was written',
    readOnly: 'the file is read-only; choose another name or change its permissions. Nothing was written',
    folderReadOnly: 'folder {{folder}} cannot be written to; choose another folder',
    diskFull: 'disk full: the export was not saved; free some space and try again',
    cannotWrite:
      'the file cannot be written ({{detail}}); close the program that has it open or choose another name',
    pokjaNotForPortal:
      'the 2026 portal upload always holds the whole LKE of the unit; --pokja is for lke and rekap only',
    unknownPokja: 'nothing is assigned to pokja "{{pokja}}"; pokja in this document: {{known}}',
    noPokja: 'no item has a pokja yet; fill in the pokja first (rbw set DOC CODE --pokja NAME)',
    sourceUnusable: 'the layout of the source workbook {{file}} cannot be used; exported as a new LKE',
    priorUnavailable: "last year's document {{file}} cannot be opened; rekap without last year's values",
    noRow: '{{code}} has no row in the source workbook; its values are not exported',
    computedCell:
      "{{code}}: this cell is computed by the workbook's formula; the document's value was not written",
    noColumn: 'the source workbook has no {{field}} column; those values are not exported',
    attachmentsNamed:
      '{{count}} files stored in the document are only named in this file; share them as links',
    reviewerColumnsAdded: 'columns Jawaban TPI, Nilai TPI and Catatan TPI added on the right of the sheet',
    formulaNotCopied: "this cell's formula cannot be read, so it was not copied to the TPI columns",
    partsDropped: 'these parts of the source workbook were not carried over: {{parts}}',
    portalMapped:
      'document made from template {{template}}: values placed on the 2026 questions that ask the same (title and answer type)',
    portalUnplaced: '{{code}} "{{title}}" has no counterpart among the 2026 questions; not uploaded',
    portalEmpty: '2026 question {{code}} "{{title}}" has no counterpart in the document; left empty',
    portalAnswerDropped: '{{code}}: answer "{{answer}}" is not an option of the 2026 question; left empty',
    rekap: {
      sheet: 'Rekap',
      code: 'Code',
      item: 'Component / Area / Sub-area',
      weight: 'Weight',
      value: 'Value',
      category: 'Category / Predicate',
      reviewer: 'Reviewer value',
      prior: 'Value {{label}}',
      change: 'Change',
      total: 'TOTAL SCORE',
      predicate: 'Predicate',
      condition: 'Condition',
      figure: 'Achieved',
      threshold: 'Threshold',
      pass: 'Met',
      yes: 'Yes',
      no: 'No',
      whole: 'whole area',
      halves: 'per Pemenuhan/Reform half',
    },
  },
  merge: {
    // Rows of one code disagreeing in a pokja's file (issue 22)
    conflictInFile:
      "{{code}} {{field}}: the file holds this code on several rows with different values ({{rows}}) · document {{ours}}; fix the file to one row per code, or keep the document's value (--take mine)",
    inFileRow: 'row {{row}}: {{value}}',
    // A damaged copy merged (issue 22)
    badHistory:
      'the history of this copy is damaged (action {{action}}): it cannot be compared with the document, and nothing was merged. Use its backup copy',
    done: '{{count}} values from {{file}} (pokja {{pokja}}) merged into {{document}} as one action; take it back with rbw undo',
    nothing: 'nothing changed in {{file}} (pokja {{pokja}}); the document is unchanged',
    notPokjaFile:
      'not a pokja file from RB Workbench (sheet "rbw" missing or damaged); export one with rbw export --pokja',
    noSheet: 'no LKE sheet with a "Kode" column found',
    otherTemplate:
      'the file was made from {{document}} of template {{template}}, this document {{expectedDocument}} uses {{expected}}; nothing merged',
    otherDocument:
      'the file was made from document {{document}} (template {{template}}), not from {{expectedDocument}} (template {{expected}}); nothing merged',
    sameDocument: 'this is the document itself; merge another copy of it',
    doneDocument:
      '{{count}} values from {{file}} merged into {{document}} as one action; take it back with rbw undo',
    nothingDocument: 'nothing to take from {{file}}; the document is unchanged',
    preview:
      'preview of {{file}}: {{changes}} values would change, {{conflicts}} conflicts; the document is unchanged',
    noBase:
      '{{file}} carries no export base (an older export or a hand-made file): every difference from the document must be chosen (--take theirs / --take mine); an empty cell blanks nothing unless --allow-blank',
    blanksKept:
      '{{count}} empty cells in {{file}} blank nothing in the document (add --allow-blank to blank them)',
    change: '{{code}} {{field}}: {{before}} → {{after}}',
    conflict:
      '{{code}} {{field}}: base {{base}} · document {{ours}}{{by}} · file {{theirs}}{{row}}{{choice}}',
    conflictBy: ' (changed by {{author}}, {{at}})',
    conflictRow: ' (row {{row}})',
    unknownBase: '?',
    chosen: ' → chosen: {{side}}',
    sideTheirs: 'file',
    sideMine: 'document',
    unresolved:
      "{{count}} conflicts in {{file}}: values changed in both the document and the file, differently; nothing written. Choose with --take theirs (the file's values) or --take mine (the document's)",
    badTake: '--take must be theirs or mine',
    pokjaGone: 'nothing is assigned to pokja "{{pokja}}" in the document any more; nothing merged',
    unknownCode: 'code "{{code}}" is not in the document\'s template; nothing merged',
    outsidePokja:
      '{{code}} lies outside the areas of pokja {{pokja}} but was changed; nothing merged (restore that row or ask its pokja)',
  },
  yearly: {
    created:
      'Document created: {{file}} ({{template}}) from last year {{source}} (last year total {{total}})',
    carried:
      '{{carried}} of {{answerables}} questions and Jumlah inputs carry last year\'s answer, marked "from last year" until confirmed or changed',
    byKind:
      'Matched: {{table}} by the model change table, {{code}} same code and text, {{text}} same text, {{fuzzy}} similar text',
    renamedHeading: 'Matched by the model change table (questions renamed or moved; check):',
    fuzzyHeading: 'Matched by similar text (check):',
    fuzzyLine: '  {{to}} ← {{from}} ({{confidence}}) {{title}}',
    notCarried: "Without last year's answer ({{count}}):",
    unmatched: "Last year's questions without a place this year ({{count}}):",
    suggestion: 'similar to {{to}} ({{confidence}})',
    dropped: '  {{to}}: last year\'s answer "{{answer}}" is not an option of this question; not carried',
    fileLeft: '  {{to}}: evidence file "{{file}}" stored in last year\'s document; not carried',
    proposed: '{{count}} reviewer notes of last year became proposed recommendations (rbw followup)',
    legend: '* = answer from last year, not yet confirmed',
    noLastYear: 'this document was not started from last year',
  },
  evidenceSheet: {
    sheet: 'Bukti Dukung',
    columns: { code: 'Code', question: 'Question', text: 'Evidence description', link: 'Link' },
  },
  followup: {
    sheet: 'Tindak Lanjut',
    columns: {
      number: 'No',
      code: 'Code',
      part: 'Question / part of the LKE',
      text: 'Recommendation',
      source: 'Source',
      pokja: 'Pokja',
      due: 'Due',
      status: 'Status',
      evidence: 'Evidence of completion',
      note: 'Remarks',
    },
    sources: {
      'reviewer-note': "Last year's reviewer note",
      report: "Evaluator's report",
      'last-year': "Last year's document",
    },
    unknown: 'recommendation #{{id}} is not in this document',
    added: 'Recommendation #{{id}} added',
    updated: 'Recommendation #{{id}} changed',
    none: 'No recommendations yet',
    whole: 'whole document',
    overdue: 'overdue',
    proposed: 'proposed',
    badMonth: '--due must be a month YYYY-MM, e.g. 2026-05',
    badStatus: '--status must be belum, proses or selesai',
    badAction: 'the action must be add or set',
    counts:
      '{{total}} recommendations: {{belum}} belum, {{proses}} proses, {{selesai}} selesai; {{overdue}} overdue',
  },
  plan: {
    heading: 'plan to reach {{target}}',
    byWorkbook: "by the workbook's own formulas",
    byStandard: "by the regulation's rule",
    now: 'Now',
    predicted: 'After the plan',
    effortCount: 'effort {{effort}}, {{count}} changes',
    unreachable:
      'The target cannot be reached with the questions that may change: this is the best plan there is.',
    alreadyThere: 'The target is already reached: nothing to change.',
    noPokja: 'No pokja',
    badTarget: 'target "{{target}}" is not a total (71 or +10), a category (B) or a predicate (wbk, wbbm)',
    unknownCode: 'code "{{code}}" is not in the document\'s template',
    badReading: '--reading must be "whole", "halves" or "both"',
    badEffort: '--effort "{{entry}}" must be CODE=N with N above 0',
    reading: { whole: 'whole area', halves: 'each half', both: 'both readings' },
    sheet: {
      title: 'Rencana Aksi (action plan)',
      document: 'Document',
      now: 'Total now',
      after: 'Total after the plan',
      no: 'No',
      pokja: 'Pokja',
      code: 'Code',
      question: 'Question',
      from: 'Answer now',
      to: 'Target answer',
      gain: 'Points',
      effort: 'Effort',
      owner: 'Person in charge',
      month: 'Target month',
      status: 'Status',
    },
    written: 'Rencana Aksi written: {{file}}',
  },
  portfolio: {
    heading: 'Portfolio of {{folder}}: {{count}} units',
    unit: 'Unit',
    model: 'Model',
    total: 'Total',
    category: 'Cat.',
    standard: 'Regulation',
    completeness: 'Complete',
    reviewer: 'Reviewer',
    prior: 'Last year',
    change: 'Change',
    predicates: 'Predicates',
    distribution: 'Categories',
    incompleteNote: '* incomplete: a sub-area has no answers yet (the workbook shows #DIV/0!)',
    withinReach: 'Within {{points}} points of the next category',
    noneWithinReach: 'none',
    missing: '{{points}} points missing',
    badReach: '--reach must be a number of points (0 or more)',
    rekap: {
      title: 'RB evaluation rekap per unit',
      folder: 'Folder',
      made: 'Made',
      sheet: 'Rekap',
      rank: 'Rank',
      file: 'File',
      total: 'Total',
      category: 'Category',
      standard: 'Total by the regulation',
      completeness: 'Completeness',
      reviewer: 'Evaluator total',
      next: 'Next category',
      missing: 'Missing (points)',
      distributionSheet: 'Distribution',
      distributionTitle: 'Units per category',
      units: 'Units',
      share: 'Share',
      areaSheet: 'Area',
      areaTitle: 'Each area (% of its weight), model {{model}}',
    },
    written: 'Rekap written: {{file}}',
    // Issue 22: an incomplete workbook is not a D.
    totalIncomplete: 'incomplete ({{error}})',
    incompleteUnit: '{{unit}}: incomplete, total {{error}}; sub-areas with no answer: {{subAreas}}',
    moreSubAreas: '{{shown}} and {{count}} more',
    partlyEmptyNote: '* a sub-area has no answers; the workbook still computes its total',
  },
  // Several windows on one document (undo takes back what the window itself did).
  otherWindows: {
    undoOvertaken: 'changed in another window since; left as it is, not undone',
    redoOvertaken: 'changed in another window since; left as it is, not redone',
  },
  // A counted input whose part exceeds its whole (shared/scoring/count-over-whole.ts).
  counts: {
    overWhole:
      '{{part}} ({{partCount}}) exceeds {{whole}} ({{wholeCount}}); check the counts. The value is still computed as the LKE formula does: at most 100%',
  },
  // Template files (.rbwt), the user's templates and templates from workbooks (issue 26)
  templateFile: {
    tooLarge: 'template file too large (at most {{limit}} MB)',
    notJson: 'template file is not valid JSON: {{message}}',
    invalidField: 'invalid template file: {{message}}',
    tooDeep: 'template file nested too deep (at most {{limit}} levels)',
    textTooLong: 'text too long ({{length}} characters; at most {{limit}})',
    tooManyNodes: 'template too large: {{count}} questions and groups (at most {{limit}})',
    badId: 'template id "{{id}}" is not valid: letters, digits, - _ . (at most 64)',
    badName: 'a template name is required (at most {{limit}} characters)',
    builtinId: 'id "{{id}}" belongs to a built-in template; choose another',
    exists: 'file exists already; choose another name',
    saved: 'Template saved: {{id}} "{{title}}" ({{questions}} questions)',
    replaced: 'Template updated: {{id}} "{{title}}" ({{questions}} questions)',
    withWorkbook: 'Workbook {{file}} kept with it (emptied): new documents score and export by its formulas',
    exported: 'Template {{id}} exported: {{file}}',
    moved:
      'Document {{file}} made from {{from}} to {{to}}: {{kept}} kept, {{moved}} moved, {{dropped}} dropped, {{added}} new',
    movedItem: 'moved',
    droppedItem: 'dropped',
    addedItem: 'new',
    notImported: 'this document was not imported from a workbook; templates are made from workbooks',
    ownHeading: 'Own templates',
    usage:
      'usage: rbw template from FILE --id ID --name NAME | export ID --out F | add F | move DOC --out NEW',
  },
  // Surveys that feed Hasil (SKM / IPAK / IPKP): import, show, bind, report.
  survey: {
    noItemColumns:
      'no column header names an item of the {{kind}} survey (e.g. "Persyaratan", "Pungutan liar")',
    twoColumnsOneItem: 'columns {{columns}} both look like item "{{item}}"; give them distinct headers',
    missingElements: 'an SKM needs all nine elements; no column found for: {{elements}}',
    tooManyRows:
      '{{rows}} data rows, more than the {{max}} respondents that can be read; this is not one survey',
    formulaColumn:
      'column {{column}} ("{{header}}") holds formulas; save the answers as values and import again',
    unknownLabels:
      'column {{column}} ("{{header}}"): answers not on the 1–{{scale}} scale: {{labels}} (+{{more}} more); check --scale',
    noRespondents: 'not a single row of answers',
    fewerThanSample:
      '{{respondents}} respondents, fewer than the sample of {{needed}} for a population of {{population}} (Krejcie & Morgan)',
    fewerThanTpnMinimum: '{{respondents}} respondents, fewer than the minimum of {{minimum}} per unit',
    elementUnanswered: 'nobody answered element "{{element}}"; the IKM cannot be computed',
    scaleNotSkm: 'an SKM uses the 1–4 scale (PermenPANRB 14/2017); --scale {{scale}} does not apply',
    notFound: 'no survey "{{name}}" in this document',
    notBindable: 'question {{code}} is not a 0–4 Hasil question a survey can fill',
    questionNotFound: 'no question {{code}} in this document',
    leftOut: 'row {{row}} left out: column {{column}} ("{{header}}") holds {{value}}, off the scale',
    emptyRows: '{{count}} rows without answers left out ({{rows}})',
    missingItems: 'items not found in the file: {{items}}',
    confirm: 'Accept this column match? [y/N] ',
    needsYes: 'the column match is not confirmed; run again with --yes to accept it',
    imported: 'Survey "{{name}}" ({{kind}}) imported: {{respondents}} respondents from {{file}}',
    bound: 'Question {{code}} now takes its value from survey "{{name}}"',
    none: 'This document holds no survey yet.',
    // Suggested answers for the Pengungkit questions about the surveys (issue 27 item 4).
    suggestion: {
      held: '{{count}} {{kind}} survey(s) with respondents dated in {{year}}: {{names}}',
      heldAtLeast:
        'at least {{count}} {{kind}} survey(s) with respondents dated in {{year}}: {{names}} ({{undated}} undated survey(s) not counted)',
      line: 'Suggested answer {{code}} "{{title}}": {{answer}} (now {{current}}) — {{reason}}',
    },
  },
  // Surveys: the report's text (rbw survey report, the window's survey panel).
  surveyReport: {
    respondents: 'respondents',
    value: 'value (0–4)',
    source: 'Source',
    weightsExact: 'IKM = Σ (NRR × 1/9) × 25 (exact 1/9 weights)',
    weightsRounded: 'IKM = Σ (NRR × 0.111) × 25 (0.111 weights as many applications use; all 4 → 99.90)',
    conversion: {
      proportional: 'Value = average × 4 ÷ {{scale}} (average {{average}} on the 1–{{scale}} scale)',
      range: 'Value = 1 + 3 × (average − 1) ÷ ({{scale}} − 1) (average {{average}} on the 1–{{scale}} scale)',
    },
    minimums: 'Survey minimums: WBK {{wbk}}, WBBM {{wbbm}}',
    sample: 'Population {{population}}: minimum sample {{needed}} (Krejcie & Morgan)',
    elements: 'NRR per element',
    byServiceType: 'Per service type',
    bound: 'Fills {{code}} "{{title}}" with {{value}}',
  },
  // The template editor (issue 26).
  templateEditor: {
    idTaken: 'id "{{id}}" is taken by another template; choose another id or open that template to change it',
  },
  // The organisation's server (rbw serve, users, push, portal-token).
  server: {
    listening: 'RB Workbench server: {{url}}',
    userSaved: 'Account {{login}} ({{role}}) saved for {{organisation}}.',
    emptyPassword: 'empty password: send the password on standard input',
    pushed: '{{file}} uploaded with its whole history; document id:',
    tokenCreated: 'PortalRB token created (keep it now: only its hash is stored; id {{id}}):',
    tokenRevoked: 'PortalRB token {{id}} revoked.',
    tokenUnknown: 'no active token with id {{id}}',
    badRole: 'the role must be one of {{roles}}',
    assigned: '{{login}} assigned to document {{document}}.',
    pokjaNeeded: 'a pokja account needs --pokja NAME',
    // rbw pull (issue 24)
    pulled: '{{file}} downloaded with its whole history ({{size}} KB).',
    pullAddress:
      'the address "{{address}}" must be the server\'s followed by the document id: https://SERVER/DOCUMENT_ID',
    pullExists: '{{file}} exists already; choose another --out',
    pullRefused: 'the server refused: {{message}}',
    pullUnreachable: 'cannot reach {{url}}: {{message}}',
    tlsUnreadable: 'cannot read {{file}} (a PEM certificate or key)',
    pushProgress: 'uploading {{n}} of {{total}}: {{file}}',
    pushedFolder: '{{count}} of {{total}} files uploaded.',
    pushFolderFailed: '{{failed}} files not uploaded (see above)',
  },
  // A laptop's replica of a server's document (issue 25).
  replica: {
    cloned: '{{file}}: replica of "{{name}}" up to server revision {{revision}}',
    synced:
      '{{file}} synced: {{sent}} actions sent, {{taken}} fields written on the server, {{pulled}} actions of others taken; server revision {{revision}}',
    conflict:
      '{{code}} {{field}}: base {{base}} · laptop {{ours}}{{by}} · server {{theirs}}{{theirsBy}}{{choice}}',
    sideMine: 'laptop',
    sideTheirs: 'server',
    unresolved:
      "{{count}} conflicts in {{file}}: fields changed on the laptop and on the server, differently; nothing written. Choose with --take mine (the laptop's values) or --take theirs (the server's)",
    refusedField: 'refused {{code}} {{field}}: {{reason}}',
    notReplica: "not a replica of a server's document; make one with rbw clone",
    exists: 'the file exists already; choose another name for --out',
    badServer: 'not a valid server address: {{server}}',
    unreachable: 'server {{server}} cannot be reached; the changes stay on the laptop, sync again later',
    signInAgain:
      'the session with server {{server}} has ended; sign in again: echo PASSWORD | rbw sync FILE.rbw',
    refused: 'server {{server}} refused ({{status}}): {{reason}}',
    busy: 'the replica kept changing during the sync; try again',
    // "Ambil dari server" (issue 25): a document id the server does not know (or the user may not read).
    notOnServer: 'no such document on server {{server}}, or not one you may open',
  },
};
