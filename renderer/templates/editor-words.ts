import type { TFunction } from 'i18next';
import type { EditorProblem } from '../../shared/template-editor/weight-check';

const weightFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 4 });

/** A weight the Indonesian way, with no trailing zeros: 58, 12,5, 33,33. */
export const weightText = (value: number): string => weightFormat.format(value);

/** One line naming what does not add up: "Bobot komponen Pengungkit: 58 dari 60". */
export function problemLine(t: TFunction, problem: EditorProblem): string {
  const p = 'ui.templateEditor.problems';
  switch (problem.code) {
    case 'weights':
      return problem.level === 'root'
        ? t(`${p}.total`, { sum: weightText(problem.sum), weight: weightText(problem.weight) })
        : t(`${p}.weights`, {
            level: t(`ui.templateEditor.levels.${problem.level}`),
            title: problem.title,
            sum: weightText(problem.sum),
            weight: weightText(problem.weight),
          });
    case 'empty': {
      const level = t(`ui.templateEditor.levels.${problem.level}`);
      return t(`${p}.empty`, { level: level.charAt(0).toUpperCase() + level.slice(1), title: problem.title });
    }
    case 'unweighted':
      return t(`${p}.unweighted`, { title: problem.title });
    case 'untitled':
      return t(`${p}.untitled`);
    default:
      return t(`${p}.${problem.code}`, { label: problem.label });
  }
}
