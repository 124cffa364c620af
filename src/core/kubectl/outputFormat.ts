// Which printer `kubectl get -o …` picks (kubectl pkg/cmd/get/get_flags.go PrintFlags.ToPrinter):
// jsonpath formats first (cli-runtime genericclioptions/jsonpath_flags.go), then go-template,
// json/yaml, the human-readable table (`` and `wide`), custom-columns (customcolumn_flags.go),
// name; anything else is "unable to match a printer". `--template` supplies the template when
// `-o` names a format without `=`. Formats reading a file, and Go templates, are recognised but
// not simulated.
import { JsonPath } from './jsonpath/jsonpath.ts';
import { JsonPathSyntaxError } from './jsonpath/parser.ts';
import { goQuote } from './jsonpath/goValue.ts';
import { columnsFromSpec, type Column } from './printers/customColumns.ts';

export type OutputFormat =
  | { kind: 'table'; wide: boolean }
  | { kind: 'name' }
  | { kind: 'yaml' }
  | { kind: 'json' }
  | { kind: 'jsonpath'; template: string; engine: JsonPath }
  | { kind: 'custom-columns'; columns: Column[] };

export type FormatResult = OutputFormat | { error: string } | { notSimulated: string };

export const ALLOWED_FORMATS =
  'custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml';

const JSONPATH_FORMATS = ['jsonpath', 'jsonpath-file', 'jsonpath-as-json'];
const GO_TEMPLATE_FORMATS = ['go-template', 'go-template-file', 'template', 'templatefile'];
const COLUMNS_FORMATS = ['custom-columns', 'custom-columns-file'];

/** Splits `name=value` when `name` is one of the formats (the value may itself hold `=`). */
function splitFormat(output: string, formats: readonly string[]): [string, string] | null {
  for (const f of formats) if (output.startsWith(`${f}=`)) return [f, output.slice(f.length + 1)];
  return null;
}

export interface FormatFlags {
  output: string;
  template: string;
  allowMissingKeys: boolean;
}

/** Human-readable printers get the server's Table; everything else prints the objects (get.go Complete). */
export function isHumanReadable(flags: FormatFlags): boolean {
  return (flags.output === '' && flags.template === '') || flags.output === 'wide';
}

export function resolveFormat(flags: FormatFlags): FormatResult {
  let output = flags.output;
  if (flags.template !== '' && output === '') output = 'go-template';

  // JSONPathPrintFlags.ToPrinter
  if (flags.template !== '' || output !== '') {
    const [format, value] =
      flags.template !== '' ? [output, flags.template] : (splitFormat(output, JSONPATH_FORMATS) ?? [output, '']);
    if (JSONPATH_FORMATS.includes(format)) {
      if (value === '') return { error: 'template format specified but no template given' };
      if (format === 'jsonpath-file') return { notSimulated: '-o jsonpath-file' };
      try {
        const engine = JsonPath.parse(value, flags.allowMissingKeys);
        if (format === 'jsonpath-as-json') engine.enableJsonOutput();
        return { kind: 'jsonpath', template: value, engine };
      } catch (err) {
        if (err instanceof JsonPathSyntaxError) return { error: `error parsing jsonpath ${value}, ${err.message}` };
        throw err;
      }
    }
  }
  const goTemplate = splitFormat(output, GO_TEMPLATE_FORMATS)?.[0] ?? output;
  if (GO_TEMPLATE_FORMATS.includes(goTemplate)) return { notSimulated: `-o ${goTemplate}` };
  if (output === 'json' || output === 'yaml') return { kind: output };
  if (output === '' || output === 'wide') return { kind: 'table', wide: output === 'wide' };

  // CustomColumnsPrintFlags.ToPrinter
  const [columnsFormat, spec] =
    flags.template !== '' ? [output, flags.template] : (splitFormat(output, COLUMNS_FORMATS) ?? [output, '']);
  if (COLUMNS_FORMATS.includes(columnsFormat)) {
    if (spec === '') return { error: 'custom-columns format specified but no custom columns given' };
    if (columnsFormat === 'custom-columns-file') return { notSimulated: '-o custom-columns-file' };
    const columns = columnsFromSpec(spec);
    return 'error' in columns ? columns : { kind: 'custom-columns', columns };
  }
  if (output === 'name') return { kind: 'name' };
  return {
    error: `unable to match a printer suitable for the output format ${goQuote(output)}, allowed formats are: ${ALLOWED_FORMATS}`,
  };
}
