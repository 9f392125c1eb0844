// "Did you mean" on a big workbook (issue 9): with every placeholder misspelt, the 100× sample
// builds about as fast as a clean one. Times are printed; the bounds are generous.

import {buildReport} from '../../../src/core/build-report';
import {editDistance} from '../../../src/core/text/closest-name';
import {scaledSampleGrids} from '../../helpers/scaled-sample';

const TIMES = 100;

function timed<T>(run: () => T): {result: T; ms: number} {
  const start = performance.now();
  const result = run();
  return {result, ms: performance.now() - start};
}

/** The name with its last character dropped: "持证人数" → "持证人". */
const dropLast = (name: string) => name.slice(0, -1);

describe('suggestions on the sample at 100×', () => {
  const clean = timed(() => buildReport(scaledSampleGrids(TIMES)));
  const same = timed(() =>
    buildReport(scaledSampleGrids(TIMES, {misspell: dropLast})),
  );
  const distinct = timed(() =>
    buildReport(
      scaledSampleGrids(TIMES, {
        misspell: (name, copy) => `${dropLast(name)}${copy}`,
      }),
    ),
  );

  afterAll(() => {
    console.log(
      [
        `build at ${TIMES}× (ms):`,
        `  clean: ${clean.ms.toFixed(0)}`,
        `  every placeholder misspelt the same way in each copy: ${same.ms.toFixed(0)}`,
        `  every placeholder misspelt differently in each copy: ${distinct.ms.toFixed(0)}`,
      ].join('\n'),
    );
  });

  it('reports each misspelt placeholder with the name it was meant to be', () => {
    const unknown = same.result.findings.filter(
      f => f.code === 'placeholder-unknown',
    );
    expect(unknown.length).toBeGreaterThan(TIMES * 10);
    for (const f of unknown) {
      const {name, suggestion} = f.params as {name: string; suggestion: string};
      expect([name, editDistance(name, suggestion)]).toEqual([name, 1]);
    }
  });

  it('builds with every placeholder misspelt about as fast as clean (within 3× and 1 s)', () => {
    expect(same.ms).toBeLessThan(3 * clean.ms + 1000);
  });

  it('builds about as fast as clean when every misspelling differs (within 3× and 1 s)', () => {
    expect(distinct.ms).toBeLessThan(3 * clean.ms + 1000);
  });
});
