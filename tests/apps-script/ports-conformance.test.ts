// The compile-time check of ports-conformance.ts can fail: a port asking for more than the real
// service has, or for another type, does not compile, at the pair's line.

import {join} from 'path';
import ts from 'typescript';

const ROOT = join(__dirname, '../..');
const PROBE = join(ROOT, 'src/apps-script/services/conformance-probe.ts');

/** The diagnostics of `source` compiled beside ports-conformance.ts, as "line: message". */
function compile(source: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.apps-script.json'),
    {},
    {...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {}},
  );
  if (!config) throw new Error('tsconfig.apps-script.json did not parse');
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = f => (f === PROBE ? source : readFile(f));
  host.fileExists = f => f === PROBE || fileExists(f);
  host.getSourceFile = (f, target, ...rest) =>
    f === PROBE
      ? ts.createSourceFile(f, source, target)
      : getSourceFile(f, target, ...rest);
  const program = ts.createProgram([PROBE], config.options, host);
  const probe = program.getSourceFile(PROBE)!;
  return ts.getPreEmitDiagnostics(program, probe).map(d => {
    const {line} = probe.getLineAndCharacterOfPosition(d.start ?? 0);
    return `${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}

const HEADER = `import type {Conforms} from './ports-conformance';
import type * as Ports from './ports';
`;

describe('ports-conformance', () => {
  it('compiles a port the real service satisfies', () => {
    expect(
      compile(
        `${HEADER}export type Ok = Conforms<GoogleAppsScript.Base.Blob, Ports.BlobPort>;\n`,
      ),
    ).toEqual([]);
  });

  it('fails at the line of a port asking for a member the real service lacks, naming it', () => {
    const errors = compile(
      `${HEADER}export type Ok = Conforms<GoogleAppsScript.Base.Blob, Ports.BlobPort>;
export type Bad = Conforms<
  GoogleAppsScript.Base.Blob,
  Ports.BlobPort & {getSizeInBytes(): number}
>;
`,
    );
    expect(errors).toEqual([expect.stringMatching(/^5: .*getSizeInBytes/)]);
  });

  it('fails for a member the real service types otherwise', () => {
    const errors = compile(
      `${HEADER}export type Bad = Conforms<GoogleAppsScript.Base.Blob, {getBytes(): Uint8Array}>;\n`,
    );
    expect(errors).toEqual([expect.stringMatching(/^3: .*getBytes/)]);
  });
});
