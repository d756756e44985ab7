import type { AnswerValue } from '../../shared/template/answer-type';
import type { Template } from '../../shared/template/template-schema';
import type { TemplateIndex } from '../../shared/template/template-index';
import { DocumentSession } from './document-session';

export interface DocumentAnswers {
  template: Template;
  index: TemplateIndex;
  /** Unit answers by item id (what `rbw score` scores). */
  answers: Map<string, AnswerValue>;
  reviewerAnswers: Map<string, AnswerValue>;
}

/** The answers of a .rbw document, for scoring it like an answers file (`rbw score DOC`). */
export async function loadDocumentAnswers(path: string): Promise<DocumentAnswers> {
  const session = await DocumentSession.open(path);
  try {
    const answers = new Map<string, AnswerValue>();
    const reviewerAnswers = new Map<string, AnswerValue>();
    for (const [id, record] of session.records) {
      if (!session.index.answerables.has(id)) continue;
      if (record.answer !== null) answers.set(id, record.answer);
      if (record.reviewerAnswer !== null) reviewerAnswers.set(id, record.reviewerAnswer);
    }
    return { template: session.template, index: session.index, answers, reviewerAnswers };
  } finally {
    session.close();
  }
}
