// `kubectl get` (kubectl pkg/cmd/get/get.go): human-readable tables through the tabwriter,
// -o wide|name|yaml|json, -n / -A / -l / --show-labels / --no-headers, `kind/name` prefixes and
// a blank line between tables when several kinds are printed, `No resources found …` on stderr.
import type { Scenario } from '../../scenario/load.ts';
import { GLOBAL_FLAGS, parseFlags, type FlagSpec } from '../../argv/flags.ts';
import { fail, type KubectlResult } from '../result.ts';
import { formatLabels, parseSelector } from '../labelSelector.ts';
import { requestedTypes, resolveArgs, withTypeMeta, type Found } from '../query.ts';
import { qualifiedName, type ResourceType } from '../resources.ts';
import { formatTabbed, GET_TABS } from '../tabwriter.ts';
import { escapeTerminal } from '../terminalEscape.ts';
import { listOf, toJson, toYaml } from '../serialize.ts';
import type { PrintContext } from '../printers/table.ts';
import { shownRefs, type CommandEffect } from '../effect.ts';

export const GET_FLAGS: readonly FlagSpec[] = [
  ...GLOBAL_FLAGS,
  { long: 'all-namespaces', short: 'A', value: false },
  { long: 'selector', short: 'l', value: true },
  { long: 'output', short: 'o', value: true },
  { long: 'show-labels', value: false },
  { long: 'no-headers', value: false },
];

const OUTPUTS = ['', 'wide', 'name', 'yaml', 'json'];

const ALLOWED_FORMATS =
  'custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml';

const REQUIRED_RESOURCE = `You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.

error: Required resource not specified.
Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).
See 'kubectl get -h' for help and examples`;

/** The warning the API server attaches to v1 Endpoints reads since v1.33. */
const ENDPOINTS_WARNING = 'Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n';

interface TableOpts {
  allNamespaces: boolean;
  showLabels: boolean;
  noHeaders: boolean;
  withKind: boolean;
}

function renderTable(type: ResourceType, items: readonly Found[], ctx: PrintContext, o: TableOpts): string {
  const cols = type.printer.columns.filter((c) => c.priority === 0 || ctx.wide).map((c) => c.name.toUpperCase());
  const nsCol = o.allNamespaces && type.namespaced;
  const header = [...(nsCol ? ['NAMESPACE'] : []), ...cols, ...(o.showLabels ? ['LABELS'] : [])];
  const lines: string[] = o.noHeaders ? [] : [header.join('\t')];
  for (const { obj } of items) {
    const cells = type.printer.row(obj as never, ctx);
    if (o.withKind) cells[0] = qualifiedName(type, cells[0] ?? '');
    if (nsCol) cells.unshift(obj.metadata?.namespace ?? '');
    if (o.showLabels) cells.push(formatLabels(obj.metadata?.labels));
    lines.push(cells.map(escapeTerminal).join('\t'));
  }
  return formatTabbed(`${lines.join('\n')}\n`, GET_TABS);
}

export function runGet(scenario: Scenario, args: readonly string[]): KubectlResult {
  const parsed = parseFlags(args, GET_FLAGS, 'get');
  if (!parsed.ok) return fail(parsed.error);
  const { positional, values } = parsed.flags;
  const output = values.get('output') ?? '';
  if (!OUTPUTS.includes(output)) {
    return fail(
      `error: unable to match a printer suitable for the output format "${output}", allowed formats are: ${ALLOWED_FORMATS}`,
    );
  }
  if (positional.length === 0) return fail(REQUIRED_RESOURCE);
  const selector = parseSelector(values.get('selector') ?? '');
  if (!selector.ok) return fail(`error: ${selector.error}`);
  const namespace = values.get('namespace') || 'default';
  const allNamespaces = values.get('all-namespaces') === 'true';
  const state = scenario.state;
  const q = resolveArgs(state, positional, { namespace, allNamespaces, selector: selector.requirements });
  if (!q.ok) return fail(q.error);

  const requested = requestedTypes(positional);
  let stderr = requested.some((r) => r.kind === 'Endpoints') ? ENDPOINTS_WARNING : '';
  const errors = q.notFound.map((e) => `${e}\n`).join('');
  const exitCode = q.notFound.length > 0 ? 1 : 0;
  const effects: CommandEffect[] = [{ kind: 'show', verb: 'get', objects: shownRefs(q.found) }];
  const singleItem =
    q.found.length === 1 &&
    positional.length === (positional[0]?.includes('/') ? 1 : 2) &&
    !positional[0]?.includes(',');

  if (output === 'yaml' || output === 'json') {
    if (q.found.length === 0 && q.notFound.length > 0)
      return { stdout: '', stderr: stderr + errors, exitCode, effects };
    const objs = q.found.map((f) => withTypeMeta(f.type, f.obj));
    const doc = singleItem && objs[0] ? objs[0] : listOf(objs);
    return { stdout: output === 'yaml' ? toYaml(doc) : toJson(doc), stderr: stderr + errors, exitCode, effects };
  }
  let stdout: string;
  if (output === 'name') {
    stdout = q.found.map((f) => `${qualifiedName(f.type, f.obj.metadata?.name ?? '')}\n`).join('');
  } else {
    const kinds = new Set(q.found.map((f) => f.type));
    const o: TableOpts = {
      allNamespaces,
      showLabels: values.get('show-labels') === 'true',
      noHeaders: values.get('no-headers') === 'true',
      withKind: kinds.size > 1,
    };
    const ctx: PrintContext = { state, wide: output === 'wide' };
    const tables: string[] = [];
    for (const type of kinds)
      tables.push(
        renderTable(
          type,
          q.found.filter((f) => f.type === type),
          ctx,
          o,
        ),
      );
    stdout = tables.join('\n');
  }
  if (q.found.length === 0 && q.notFound.length === 0) {
    const allNamespaced = requested.every((r) => r.namespaced);
    stderr +=
      !allNamespaces && allNamespaced ? `No resources found in ${namespace} namespace.\n` : 'No resources found\n';
  }
  return { stdout, stderr: stderr + errors, exitCode, effects };
}
