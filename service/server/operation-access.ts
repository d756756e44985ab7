import type { OperationName } from '../../shared/api/contract';

/**
 * What each operation needs on the organisation's server, one word per operation (the compiler asks for
 * a word for every new operation):
 * - `read`: every signed-in member of the document's organisation (a viewer too);
 * - `answer`: a field write, checked field by field on the edit itself (a pokja member: the answer, note,
 *   evidence, status and target month of their pokja's areas; an evaluator: the reviewer's fields);
 * - `coordinate`: the coordinator and the admin (undo of anyone's action, snapshots, metadata, plans);
 * - `local`: works on the user's own files or folders, which a server never touches; refused there.
 */
export type Access = 'read' | 'answer' | 'coordinate' | 'local';

export const OPERATION_ACCESS = {
  'templates.list': 'read',
  'app.startup': 'local',
  'app.recent': 'local',
  'app.openSample': 'local',
  'app.settings': 'local',
  'app.setAuthor': 'local',
  'app.files': 'local',
  'app.openPath': 'local',
  'app.newDocument': 'local',
  'app.importWorkbook': 'local',
  'app.prepareExport': 'local',
  'app.export': 'local',
  'app.findings': 'local',
  'app.merge': 'local',
  'portfolio.list': 'local',
  'portfolio.export': 'local',
  'plan.make': 'coordinate',
  'plan.export': 'local',
  'documents.create': 'local',
  'documents.open': 'local',
  'documents.view': 'read',
  'documents.close': 'read',
  'documents.saveAs': 'local',
  'documents.setMetadata': 'coordinate',
  'documents.startFromLastYear': 'local',
  'records.set': 'answer',
  'records.paste': 'answer',
  'attachments.add': 'answer',
  'attachments.get': 'read',
  'scores.gains': 'read',
  'history.undo': 'coordinate',
  'history.redo': 'coordinate',
  'history.list': 'read',
  'snapshots.create': 'coordinate',
  'snapshots.list': 'read',
  'snapshots.compare': 'read',
  'snapshots.restore': 'coordinate',
  'yearly.view': 'read',
  'yearly.confirm': 'coordinate',
  'recommendations.list': 'read',
  'recommendations.add': 'coordinate',
  'recommendations.set': 'coordinate',
  // Surveys (issue 27): reading and importing a file are the user's own files; binding changes Hasil answers.
  'surveys.list': 'read',
  'surveys.read': 'local',
  'surveys.import': 'local',
  'surveys.bind': 'coordinate',
  // A template from a document (issue 26) is saved among the user's own templates.
  'templates.fromDocument': 'local',
  // The template editor (issue 26): the coordinator reads and saves the organisation's templates.
  'templates.get': 'coordinate',
  'templates.save': 'coordinate',
  // Another answer sheet of a workbook opens as a document of its own (issue 22).
  'app.openAnswerSet': 'local',
  // A laptop's replica (issue 25) syncs with the server it was cloned from; a server has no replicas.
  'replica.status': 'local',
  'replica.sync': 'local',
  // "Ambil dari server" in the window (issue 25): a replica made in the laptop's own folder.
  'replica.serverDocuments': 'local',
  'replica.clone': 'local',
} as const satisfies Record<OperationName, Access>;
