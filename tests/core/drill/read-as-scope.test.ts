import { VaultIndex } from '../../../src/core/index/vault-index';
import { isReadAs, principleQuestions, principleScopeText } from '../../../src/core/drill/read-as-scope';
import { questionPool, type DrillContext } from '../../../src/core/drill/plan';
import { fixture } from '../helpers';

describe('drilling a principle with the questions read as it', () => {
  const index = new VaultIndex();
  index.upsert(fixture('Acme Principles.md'));
  const snapshot = index.snapshot();

  it('takes the mapped questions, then those read as the principle', () => {
    const { mapped, readAs } = principleQuestions(snapshot, 'acme/are-right-a-lot');
    expect(readAs.map((q) => q.line)).toEqual([59, 78]);
    const pool = questionPool({ kind: 'principle', principle: 'acme/are-right-a-lot' }, { snapshot } as DrillContext);
    expect(pool).toEqual([...mapped, ...readAs]);
    expect(pool.filter((q) => isReadAs(q, 'acme/are-right-a-lot'))).toEqual(readAs);
  });

  it('says how many are mapped and how many more read as it', () => {
    const n = principleQuestions(snapshot, 'acme/are-right-a-lot').mapped.length;
    expect(principleScopeText(snapshot, 'acme/are-right-a-lot')).toBe(`Are Right, A Lot: ${n} questions, 2 more read as Are Right, A Lot`);
    const bias = principleQuestions(snapshot, 'acme/bias-for-action');
    expect(bias.readAs).toEqual([]);
    expect(principleScopeText(snapshot, 'acme/bias-for-action')).toBe(`Bias for Action: ${bias.mapped.length} questions`);
  });
});
