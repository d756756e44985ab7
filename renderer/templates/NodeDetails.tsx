import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Gate, Indicator, Template } from '../../shared/template/template-schema';
import {
  deriveFromCounts,
  renameInput,
  setGate,
  stopDeriving,
} from '../../shared/template-editor/rule-edits';
import { allNodes, findNode, move, moveTargets, setAggregate } from '../../shared/template-editor/tree-edits';
import type { Change } from './use-template-editor';

interface Props {
  template: Template;
  id: string | null;
  change: Change;
  endTyping: () => void;
}

/** What the selected row is beyond its title and weight: where it sits, how it adds up, derivation, gate. */
export function NodeDetails({ template, id, change, endTyping }: Props) {
  const { t } = useTranslation();
  const node = id ? findNode(template, id) : null;
  const [target, setTarget] = useState('');
  if (!node || node.id === template.root.id) {
    return <p className="muted">{t('ui.templateEditor.nothingSelected')}</p>;
  }
  const targets = moveTargets(template, node.id);
  const holdsQuestionsOnly = node.kind === 'group' && !node.children.some((c) => c.kind === 'group');
  return (
    <section className="te-details" aria-labelledby="te-details-title" data-testid="te-details">
      <h3 id="te-details-title">
        {t('ui.templateEditor.selected', { title: `${node.code} ${node.title}` })}
      </h3>
      <div className="te-inline">
        <label>
          {t('ui.templateEditor.moveTo')}
          <select value={target} onChange={(e) => setTarget(e.target.value)} data-testid="te-move-target">
            <option value="" />
            {targets.map((g) => (
              <option key={g.id} value={g.id}>
                {`${g.code} ${g.title}`.trim()}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={!targets.some((g) => g.id === target)}
          onClick={() => {
            change((tp) => move(tp, node.id, target));
            setTarget('');
          }}
          data-testid="te-move"
        >
          {t('ui.templateEditor.move')}
        </button>
      </div>
      {node.kind === 'group' && holdsQuestionsOnly && (
        <fieldset>
          <legend>{t('ui.templateEditor.aggregate')}</legend>
          {(['average', 'sum'] as const).map((a) => (
            <label className="radio" key={a}>
              <input
                type="radio"
                name="te-aggregate"
                checked={node.aggregate === a}
                onChange={() => change((tp) => setAggregate(tp, node.id, a))}
              />
              {t(`ui.templateEditor.${a}`)}
            </label>
          ))}
        </fieldset>
      )}
      {node.kind === 'indicator' && <Derivation node={node} change={change} endTyping={endTyping} />}
      {node.kind === 'indicator' && <GateFields template={template} node={node} change={change} />}
    </section>
  );
}

function Derivation({ node, change, endTyping }: { node: Indicator; change: Change; endTyping: () => void }) {
  const { t } = useTranslation();
  const inputs = node.inputs ?? [];
  return (
    <fieldset>
      <legend>{t('ui.templateEditor.derive')}</legend>
      {node.derive ? (
        <>
          {inputs.map((input, i) => {
            const which = t(i === 0 ? 'ui.templateEditor.numerator' : 'ui.templateEditor.denominator');
            return (
              <label key={input.id}>
                {which}
                <input
                  value={input.title}
                  onChange={(e) =>
                    change((tp) => renameInput(tp, node.id, input.id, e.target.value), `input:${input.id}`)
                  }
                  onBlur={endTyping}
                />
              </label>
            );
          })}
          <button type="button" onClick={() => change((tp) => stopDeriving(tp, node.id))}>
            {t('ui.templateEditor.deriveStop')}
          </button>
        </>
      ) : (
        <button
          type="button"
          data-testid="te-derive"
          onClick={() =>
            change((tp) =>
              deriveFromCounts(tp, node.id, {
                numerator: t('ui.templateEditor.numeratorDefault'),
                denominator: t('ui.templateEditor.denominatorDefault'),
              }),
            )
          }
        >
          {t('ui.templateEditor.deriveMake')}
        </button>
      )}
    </fieldset>
  );
}

function GateFields({ template, node, change }: { template: Template; node: Indicator; change: Change }) {
  const { t } = useTranslation();
  const gate = node.gate;
  const sources = allNodes(template).filter(
    (n): n is Indicator => n.kind === 'indicator' && n.id !== node.id,
  );
  const firstSource = sources[0]?.id ?? '';
  const put = (next: Gate | null) => change((tp) => setGate(tp, node.id, next));
  const kind = gate?.kind ?? 'none';
  return (
    <fieldset>
      <legend>{t('ui.templateEditor.gate')}</legend>
      <label>
        {t('ui.templateEditor.gateKind')}
        <select
          value={kind}
          onChange={(e) => {
            const k = e.target.value;
            const source = gate?.source ?? firstSource;
            if (k === 'none' || !source) put(null);
            else if (k === 'zero-when') put({ kind: 'zero-when', source, answers: ['Tidak'] });
            else if (k === 'multiply') put({ kind: 'multiply', source });
          }}
        >
          <option value="none">{t('ui.templateEditor.gateNone')}</option>
          <option value="zero-when">{t('ui.templateEditor.gateZero')}</option>
          <option value="multiply">{t('ui.templateEditor.gateMultiply')}</option>
          {kind === 'copy' && <option value="copy">copy</option>}
        </select>
      </label>
      {gate && (
        <label>
          {t('ui.templateEditor.gateSource')}
          <select value={gate.source} onChange={(e) => put({ ...gate, source: e.target.value })}>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {`${s.code} ${s.title}`.trim()}
              </option>
            ))}
          </select>
        </label>
      )}
      {gate?.kind === 'zero-when' && (
        <GateAnswers key={node.id} answers={gate.answers} onChange={(answers) => put({ ...gate, answers })} />
      )}
    </fieldset>
  );
}

/** The answers that make a gated question 0, typed as a list ("Tidak, Belum"). */
function GateAnswers({ answers, onChange }: { answers: string[]; onChange: (answers: string[]) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(answers.join(', '));
  return (
    <label>
      {t('ui.templateEditor.gateAnswers')}
      <input
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const list = e.target.value
            .split(',')
            .map((a) => a.trim())
            .filter(Boolean);
          if (list.length) onChange(list);
        }}
      />
    </label>
  );
}
