// `-o custom-columns=HEADER:path,…` (kubectl pkg/cmd/get/customcolumn.go): the spec splits on
// `,` then on the first `:`, each path is a relaxed JSONPath evaluated with missing keys allowed;
// a cell is every result printed with fmt.Sprint and joined with `,`, or `<none>`. The header is
// printed first, so a template that fails on an object leaves the header and the rows before it
// on stdout. Laid out by the same tab writer as `get` tables.
import { JsonPath } from '../jsonpath/jsonpath.ts';
import { JsonPathSyntaxError } from '../jsonpath/parser.ts';
import { goSprint, type GoValue } from '../jsonpath/goValue.ts';
import { relaxedJsonPath } from '../sort/sortBy.ts';
import { formatTabbed, GET_TABS } from '../tabwriter.ts';
import { escapeTerminal } from '../terminalEscape.ts';

export interface Column {
  header: string;
  fieldSpec: string;
}

/** NewCustomColumnsPrinterFromSpec. */
export function columnsFromSpec(spec: string): Column[] | { error: string } {
  if (spec === '') return { error: 'custom-columns format specified but no custom columns given' };
  const columns: Column[] = [];
  for (const part of spec.split(',')) {
    const colon = part.indexOf(':');
    if (colon < 0) return { error: `unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>` };
    const relaxed = relaxedJsonPath(part.slice(colon + 1));
    if ('error' in relaxed) return relaxed;
    columns.push({ header: part.slice(0, colon), fieldSpec: relaxed.path });
  }
  return columns;
}

/** CustomColumnsPrinter.PrintObj over a list's items: the text written, and the error that stopped it. */
export function printCustomColumns(
  items: readonly GoValue[],
  columns: readonly Column[],
  noHeaders: boolean,
): { stdout: string; error?: string } {
  const lines: string[] = noHeaders ? [] : [columns.map((c) => c.header).join('\t')];
  const done = (error?: string) => ({
    stdout: lines.length > 0 ? formatTabbed(`${lines.join('\n')}\n`, GET_TABS) : '',
    ...(error === undefined ? {} : { error }),
  });
  const parsers: JsonPath[] = [];
  for (const c of columns) {
    try {
      parsers.push(JsonPath.parse(c.fieldSpec, true));
    } catch (err) {
      if (err instanceof JsonPathSyntaxError) return done(err.message);
      throw err;
    }
  }
  for (const item of items) {
    const cells: string[] = [];
    for (const p of parsers) {
      const [values, err] = p.findResults(item);
      if (err !== null) return done(err);
      const texts = values.length === 0 || values[0]?.length === 0 ? ['<none>'] : [];
      for (const vs of values) for (const v of vs) texts.push(escapeTerminal(goSprint(v)));
      cells.push(texts.join(','));
    }
    lines.push(cells.join('\t'));
  }
  return done();
}
