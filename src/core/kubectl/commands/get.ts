// `kubectl get` (kubectl pkg/cmd/get/get.go): human-readable tables through the tabwriter, and
// the generic printers (printGeneric: -o yaml|json|name|jsonpath|custom-columns print one object,
// or a `kind: List` of everything found). `--sort-by` sorts the rows of each table, or the list's
// items (sort/sortBy.ts); `kind/name` prefixes and a blank line between tables when several kinds
// are printed; `No resources found …` on stderr when a table printed nothing. -o yaml|json omit
// managedFields unless --show-managed-fields (serialize.ts withoutManagedFields).
import type { Scenario } from '../../scenario/load.ts';
import { GLOBAL_FLAGS, parseFlags, type FlagSpec } from '../../argv/flags.ts';
import { fail, type KubectlResult } from '../result.ts';
import { formatLabels, parseSelector } from '../labelSelector.ts';
import { requestedTypes, resolveArgs, withTypeMeta, type Found } from '../query.ts';
import { qualifiedName, type ResourceType } from '../resources.ts';
import { formatTabbed, GET_TABS } from '../tabwriter.ts';
import { escapeTerminal } from '../terminalEscape.ts';
import { listOf, toJson, toYaml, withoutManagedFields } from '../serialize.ts';
import type { PrintContext } from '../printers/table.ts';
import { shownRefs, type CommandEffect } from '../effect.ts';
import { isHumanReadable, resolveFormat, type OutputFormat } from '../outputFormat.ts';
import { printCustomColumns } from '../printers/customColumns.ts';
import { SortExit, sortObjects, sortTableRows } from '../sort/sortBy.ts';
import { goSyntax, type GoValue } from '../jsonpath/goValue.ts';
import { jsonClone } from '../../api/jsonClone.ts';
import { deprecationWarnings } from '../deprecationWarnings.ts';
import { parseFieldSelector, refusedField } from '../fieldSelector.ts';
import type { K8sObject } from '../../model/objects.ts';
import { noteLine, type KubectlNote } from '../playgroundNotes.ts';
import { tableNotes } from '../tableNotes.ts';

export const GET_FLAGS: readonly FlagSpec[] = [
  ...GLOBAL_FLAGS,
  { long: 'all-namespaces', short: 'A', value: false },
  { long: 'selector', short: 'l', value: true },
  { long: 'field-selector', value: true },
  { long: 'output', short: 'o', value: true },
  { long: 'show-labels', value: false },
  { long: 'no-headers', value: false },
  { long: 'sort-by', value: true },
  { long: 'template', value: true },
  { long: 'allow-missing-template-keys', value: false },
  { long: 'show-managed-fields', value: false },
  { long: 'watch', short: 'w', value: false },
  { long: 'watch-only', value: false },
];

const REQUIRED_RESOURCE = `You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.

error: Required resource not specified.
Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).
See 'kubectl get -h' for help and examples`;

interface TableOpts {
  allNamespaces: boolean;
  showLabels: boolean;
  noHeaders: boolean;
  withKind: boolean;
}

function renderTable(type: ResourceType, items: readonly Found[], ctx: PrintContext, o: TableOpts): string {
  const shown = type.printer.columns.filter((c) => c.priority === 0 || ctx.wide);
  const cols = shown.map((c) => c.name.toUpperCase());
  // tableprinter.go decorateTable: with several kinds, the name column's cells read `kind/name`.
  const nameAt = type.printer.nameColumn ? shown.findIndex((c) => c.name === type.printer.nameColumn) : 0;
  const nsCol = o.allNamespaces && type.namespaced;
  const header = [...(nsCol ? ['NAMESPACE'] : []), ...cols, ...(o.showLabels ? ['LABELS'] : [])];
  const lines: string[] = o.noHeaders ? [] : [header.join('\t')];
  for (const { obj } of items) {
    const cells = type.printer.row(obj as never, ctx);
    if (o.withKind && nameAt >= 0) cells[nameAt] = qualifiedName(type, cells[nameAt] ?? '');
    if (nsCol) cells.unshift(obj.metadata.namespace ?? '');
    if (o.showLabels) cells.push(formatLabels(obj.metadata.labels));
    lines.push(cells.map(escapeTerminal).join('\t'));
  }
  return formatTabbed(`${lines.join('\n')}\n`, GET_TABS);
}

/** The objects as kubectl's unstructured decoding holds them (JSON data, for the generic printers). */
function asData(obj: K8sObject): GoValue {
  return jsonClone(obj) as unknown as GoValue;
}

/** The generic printers (get.go printGeneric) over one object or a List. */
function printGeneric(
  format: Exclude<OutputFormat, { kind: 'table' }>,
  doc: K8sObject,
  found: readonly Found[],
  noHeaders: boolean,
  showManagedFields: boolean,
) {
  switch (format.kind) {
    case 'yaml':
      return { stdout: toYaml(showManagedFields ? doc : withoutManagedFields(doc)) };
    case 'json':
      return { stdout: toJson(showManagedFields ? doc : withoutManagedFields(doc)) };
    case 'name':
      return { stdout: found.map((f) => `${qualifiedName(f.type, f.obj.metadata.name)}\n`).join('') };
    case 'custom-columns': {
      const items = Array.isArray(doc.items) ? (doc.items as GoValue[]) : [asData(doc)];
      const r = printCustomColumns(
        items.map((x) => asData(x as K8sObject)),
        format.columns,
        noHeaders,
      );
      return r.error === undefined ? { stdout: r.stdout } : { stdout: r.stdout, error: r.error };
    }
    case 'jsonpath': {
      const data = asData(doc);
      const r = format.engine.execute(data);
      if ('text' in r) return { stdout: r.text };
      // cli-runtime printers/jsonpath.go PrintObj: the failure, then a dump of the object (%#v).
      const template = format.template;
      return {
        stdout: '',
        error:
          `error executing jsonpath ${goSyntax(template)}: Error executing template: ${r.error}. ` +
          `Printing more information for debugging the template:\n\ttemplate was:\n\t\t${template}\n` +
          `\tobject given to jsonpath engine was:\n\t\t${goSyntax(data)}\n\n\n`,
      };
    }
  }
}

/** cmdutil.CheckErr's text for an error: prefixed with "error: " unless it already is. */
const errorLine = (msg: string) => {
  const text = msg.startsWith('error: ') ? msg : `error: ${msg}`;
  return text.endsWith('\n') ? text : `${text}\n`;
};

/**
 * `kubectl get`, and with --watch the same list followed by the playground's note: kubectl would print
 * the list, then each change as it happens, and the playground's cluster only changes with its YAML.
 */
export function runGet(scenario: Scenario, args: readonly string[]): KubectlResult {
  const r = getOnce(scenario, args);
  const parsed = parseFlags(args, GET_FLAGS, 'get');
  if (r.exitCode !== 0 || !parsed.ok) return r;
  const flag = (name: string): boolean => parsed.flags.values.get(name) === 'true';
  const note: KubectlNote | null = flag('watch-only')
    ? { code: 'kubectl.formatNotSimulated', params: { format: '--watch-only' } }
    : flag('watch')
      ? { code: 'kubectl.watchOnce', params: {} }
      : null;
  if (!note) return r;
  const notes = [...(r.notes ?? []), note];
  return flag('watch-only')
    ? { ...fail(noteLine(note)), effects: r.effects, notes }
    : { ...r, stderr: r.stderr + noteLine(note), notes };
}

function getOnce(scenario: Scenario, args: readonly string[]): KubectlResult {
  const parsed = parseFlags(args, GET_FLAGS, 'get');
  if (!parsed.ok) return fail(parsed.error);
  const { positional, values } = parsed.flags;
  const output = values.get('output') ?? '';
  const formatFlags = {
    output,
    template: values.get('template') ?? '',
    allowMissingKeys: values.get('allow-missing-template-keys') !== 'false',
  };
  if (positional.length === 0) return fail(REQUIRED_RESOURCE);
  // get.go Validate.
  if (values.get('show-labels') === 'true' && output !== '' && output !== 'wide')
    return fail(`error: --show-labels option cannot be used with ${output} printer`);
  const selector = parseSelector(values.get('selector') ?? '');
  if (!selector.ok) return fail(`error: ${selector.error}`);
  const namespace = values.get('namespace') || 'default';
  const allNamespaces = values.get('all-namespaces') === 'true';
  const sortBy = values.get('sort-by') ?? '';
  const state = scenario.state;
  const fieldSelector = values.get('field-selector') ?? '';
  const fields = parseFieldSelector(fieldSelector);
  const q = resolveArgs(state, positional, {
    namespace,
    allNamespaces,
    selector: selector.requirements,
    fields: 'error' in fields ? [] : fields,
    selecting: [values.get('selector'), fieldSelector].some((v) => (v ?? '').trim() !== ''),
  });
  if (!q.ok) return fail(q.error);
  const requested = requestedTypes(positional);
  // The API server's BadRequest, which kubectl's list wraps (EnhanceListError).
  for (const r of requested) {
    const refused = 'error' in fields ? fields.error : refusedField(r.kind, r.namespaced, fields);
    if (refused !== undefined)
      return fail(
        `Error from server (BadRequest): Unable to find "${r.group}/${r.version ?? 'v1'}, Resource=${r.plural}" that match label selector "${values.get('selector') ?? ''}", field selector "${fieldSelector}": ${refused}`,
      );
  }

  let stderr = deprecationWarnings(requested.map((r) => r.kind));
  const errors = q.notFound.map((e) => `${e}\n`).join('');
  const exitCode = q.notFound.length > 0 ? 1 : 0;
  const effects: CommandEffect[] = [{ kind: 'show', verb: 'get', objects: shownRefs(q.found) }];
  const named = positional.length > (positional[0]?.includes('/') ? 0 : 1);
  const singleItem =
    q.found.length === 1 &&
    positional.length === (positional[0]?.includes('/') ? 1 : 2) &&
    !positional[0]?.includes(',');

  const format = resolveFormat(formatFlags);
  if ('notSimulated' in format) {
    const note = { code: 'kubectl.formatNotSimulated', params: { format: format.notSimulated } } as const;
    return { ...fail(noteLine(note)), effects, notes: [note] };
  }

  if (!isHumanReadable(formatFlags)) {
    if ('error' in format) return { ...fail(errorLine(format.error)), effects };
    if (format.kind === 'table') throw new Error('a human-readable format outside the table path');
    if (q.found.length === 0 && q.notFound.length > 0)
      return { stdout: '', stderr: stderr + errors, exitCode, effects };
    let found = q.found;
    const objs = found.map((f) => withTypeMeta(f.type, f.obj));
    let doc = singleItem && objs[0] ? objs[0] : listOf(objs);
    if (sortBy !== '' && !(singleItem && objs[0])) {
      // SortingPrinter.sortObj sorts the List's items before the printer sees them.
      try {
        const sorted = sortObjects(objs.map(asData), sortBy);
        if ('error' in sorted)
          return { stdout: '', stderr: stderr + errors + errorLine(sorted.error), exitCode: 1, effects };
        found = sorted.order.map((i) => found[i] as Found);
        doc = listOf(sorted.order.map((i) => objs[i] as K8sObject));
      } catch (err) {
        if (err instanceof SortExit)
          return { stdout: '', stderr: `${stderr}${err.message}\n`, exitCode: err.exitCode, effects };
        throw err;
      }
    }
    const printed = printGeneric(
      format,
      doc,
      found,
      values.get('no-headers') === 'true',
      values.get('show-managed-fields') === 'true',
    );
    if ('error' in printed && printed.error !== undefined)
      return { stdout: printed.stdout, stderr: stderr + errors + errorLine(printed.error), exitCode: 1, effects };
    return { stdout: printed.stdout, stderr: stderr + errors, exitCode, effects };
  }

  const kinds = [...new Set(q.found.map((f) => f.type))];
  const o: TableOpts = {
    allNamespaces,
    showLabels: values.get('show-labels') === 'true',
    noHeaders: values.get('no-headers') === 'true',
    withKind: kinds.length > 1,
  };
  const ctx: PrintContext = { state, wide: output === 'wide' };
  const groups = kinds.map((type) => q.found.filter((f) => f.type === type));
  const tables: string[] = [];
  if (sortBy !== '') {
    // RuntimeSorter: one server Table per request (per type, or per name); several are sorted as
    // objects themselves, and a Table has none of an object's fields.
    const infos = named ? q.found.length : new Set(requested).size;
    if (infos > 1) {
      const stubs: GoValue[] = Array.from({ length: infos }, () => ({
        apiVersion: 'meta.k8s.io/v1',
        kind: 'Table',
        metadata: {},
      }));
      try {
        const r = sortObjects(stubs, sortBy);
        if ('error' in r) return { stdout: '', stderr: stderr + errors + errorLine(r.error), exitCode: 1, effects };
      } catch (err) {
        if (err instanceof SortExit)
          return { stdout: '', stderr: `${stderr}${err.message}\n`, exitCode: err.exitCode, effects };
        throw err;
      }
    }
  }
  for (const [i, type] of kinds.entries()) {
    let rows = groups[i] ?? [];
    if (sortBy !== '' && rows.length > 1) {
      // SortingPrinter sorts a Table's rows; its error is dropped by get.go (the table is not printed).
      try {
        const r = sortTableRows(
          rows.map((f) => asData(withTypeMeta(f.type, f.obj))),
          sortBy,
        );
        if ('error' in r) continue;
        rows = r.order.map((k) => rows[k] as Found);
      } catch (err) {
        if (err instanceof SortExit)
          return { stdout: tables.join('\n'), stderr: `${stderr}${err.message}\n`, exitCode: err.exitCode, effects };
        throw err;
      }
    }
    tables.push(renderTable(type, rows, ctx, o));
  }
  const stdout = tables.join('\n');
  if (stdout === '' && q.notFound.length === 0) {
    const allNamespaced = requested.every((r) => r.namespaced);
    stderr +=
      !allNamespaces && allNamespaced ? `No resources found in ${namespace} namespace.\n` : 'No resources found\n';
  }
  const notes = tableNotes({ listed: named ? [] : [...new Set(requested)], shown: kinds, namespace, allNamespaces });
  if (notes.length === 0) return { stdout, stderr: stderr + errors, exitCode, effects };
  return { stdout, stderr: stderr + errors + notes.map((n) => noteLine(n)).join(''), exitCode, effects, notes };
}
