import { basename } from 'node:path';
import type { OperationArgs } from '../../shared/api/contract';
import { ProblemError } from '../../shared/problem';
import type { ReadResponses } from '../../shared/survey/read-responses';
import type { Survey } from '../../shared/survey/survey';
import { readResponseBytes, readResponseFile } from './read-response-file';

type ImportArgs = OperationArgs<'surveys.read'>;

/** Where the responses come from: a file by its path, or a file's bytes uploaded from the browser. */
export type ResponseSource = { path: string } | { fileName: string; bytes: Buffer };

/** Reads the file the request names with its settings (defaults: 1–4 scale, 1/9 weights, proportional). */
export async function readRequest(
  source: ResponseSource,
  input: ImportArgs,
): Promise<{ read: ReadResponses; survey: Survey }> {
  const file = 'path' in source ? basename(source.path) : basename(source.fileName);
  const scale = input.scale ?? 4;
  if (input.kind === 'skm' && scale !== 4) {
    throw new ProblemError([{ code: 'survey.scaleNotSkm', params: { scale }, where: { file } }]);
  }
  const settings = {
    name: input.name ?? input.kind.toUpperCase(),
    kind: input.kind,
    scale,
    weights: input.weights ?? 'exact',
    conversion: input.conversion ?? 'proportional',
    population: input.population ?? null,
  } as const;
  const read =
    'path' in source
      ? await readResponseFile(source.path, settings)
      : await readResponseBytes(source.bytes, file, settings);
  const survey: Survey = {
    ...read.settings,
    sourceFile: file,
    importedAt: new Date().toISOString(),
    respondents: read.respondents,
    boundTo: [],
  };
  return { read, survey };
}
