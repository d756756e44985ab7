import { kindOf } from '../answers/kinds';
import type { Scorer } from '../scoring/scorer';
import type { AnswerType } from '../template/answer-type';

/**
 * A result measured by others, not an answer the unit picks: a survey value or a score on a scale
 * (IPAK, IPKP, the SAKIP score), and every row of the Hasil (results) component — the BPK opinion, the
 * performance achieved. The planner leaves them as they are.
 */
export function measuredElsewhere(id: string, type: AnswerType, index: Scorer['index']): boolean {
  if (kindOf(type).measuredElsewhere) return true;
  let component: { id: string; title?: string } | undefined = index.indicators.get(id);
  for (let up = component && index.parent.get(component.id); up && up.id !== index.template.root.id;) {
    component = up;
    up = index.parent.get(up.id);
  }
  return /\bhasil\b/i.test(component && 'title' in component ? (component.title ?? '') : '');
}
