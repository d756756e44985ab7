import { basename } from 'node:path';
import type { OperationArgs } from '../../shared/api/contract';
import { ProblemError } from '../../shared/problem';
import type { ReadResponses } from '../../shared/survey/read-responses';
import type { Survey } from '../../shared/survey/survey';
import { readResponseFile } from './read-response-file';

type ImportArgs = OperationArgs<'surveys.read'>;

/** Reads the file the request names with its settings (defaults: 1–4 scale, 1/9 weights, proportional). */
export async function readRequest(
  path: string,
  input: ImportArgs,
): Promise<{ read: ReadResponses; survey: Survey }> {
  const scale = input.scale ?? 4;
  if (input.kind === 'skm' && scale !== 4) {
    throw new ProblemError([
      { code: 'survey.scaleNotSkm', params: { scale }, where: { file: basename(path) } },
    ]);
  }
  const read = await readResponseFile(path, {
    name: input.name ?? input.kind.toUpperCase(),
    kind: input.kind,
    scale,
    weights: input.weights ?? 'exact',
    conversion: input.conversion ?? 'proportional',
    population: input.population ?? null,
  });
  const survey: Survey = {
    ...read.settings,
    sourceFile: basename(path),
    importedAt: new Date().toISOString(),
    respondents: read.respondents,
    boundTo: [],
  };
  return { read, survey };
}
