import type { AnswerType, AnswerValue } from '../template/answer-type';
import { answerShare } from '../template/answer-type';

/** One answer a question could be raised to, and the effort of getting there. */
export interface Choice {
  answer: AnswerValue;
  /** The answer's share (0..1) before gates, by the template's option values. */
  share: number;
  effort: number;
}

/** A survey value or score on a scale is planned on a grid of 20 steps (0–4: steps of 0,2). */
const SCALE_STEPS = 20;

/**
 * The answers a question may be raised to, each with its effort: `perStep` per option step from the
 * current answer (C→B = 1, C→A = 2 at 1 per step). An unanswered question stands one step below its
 * worst option (answering C costs 1). Options worth no more than the current answer are left out
 * (lowering an answer never helps, and clearing one to game an average is not a plan); options with
 * the same value keep the first. A number on a scale steps by a twentieth of the scale.
 */
export function choicesFor(type: AnswerType, current: AnswerValue | null, perStep: number): Choice[] {
  if (type.kind === 'count') return [];
  const currentShare = current === null ? null : answerShare(type, current);
  if (type.kind === 'choice') {
    const ranked: { key: string; share: number }[] = [];
    for (const option of [...type.options].sort((a, b) => a.value - b.value)) {
      const share = answerShare(type, option.key) as number;
      if (!ranked.some((r) => r.share === share)) ranked.push({ key: option.key, share });
    }
    const from = currentShare === null ? -1 : ranked.findIndex((r) => r.share >= currentShare);
    return ranked
      .map((r, rank) => ({ answer: r.key, share: r.share, effort: (rank - from) * perStep }))
      .filter((c) => (currentShare === null ? true : c.share > currentShare));
  }
  const step = (type.max - type.min) / SCALE_STEPS;
  if (!(step > 0)) return [];
  const position = current === null || typeof current !== 'number' ? -1 : (current - type.min) / step;
  const choices: Choice[] = [];
  for (let k = 0; k <= SCALE_STEPS; k++) {
    if (k <= position + 1e-9) continue;
    const value = roundTo(type.min + k * step, type.decimals);
    const steps = Math.ceil(k - Math.max(position, -1) - 1e-9);
    choices.push({ answer: value, share: answerShare(type, value) as number, effort: steps * perStep });
  }
  return choices;
}

const roundTo = (value: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};
