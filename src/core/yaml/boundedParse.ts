// The one door every scenario text goes through to become YAML documents: parseStream (the page's
// worker, the CLI) and the console's text edits both call parseYamlBounded. It enforces
// YAML_LIMITS in order of cost — bytes, nesting and the number of documents (SCENARIO_LIMITS; all
// before parsing), then duplicate keys
// and the size after alias expansion (on the parsed tree, before anything is expanded) — so no
// input under the limits can make a later toJS() or copy run away.
import { LineCounter, parseAllDocuments, YAMLParseError, type Document } from 'yaml';
import { YAML_LIMITS, scenarioBytesOver, scenarioSizeMessage } from './limits.ts';
import { findExcessiveNesting } from './nestingDepth.ts';
import { addDuplicateKeyErrors } from './uniqueKeys.ts';
import { countExpandedValues } from './expandedSize.ts';
import { countContentDocuments } from './documentCount.ts';
import { SCENARIO_LIMITS } from '../model/limits.ts';
import type { DiagnosticSay } from '../diagnostics.ts';

/** A limit that stops the whole text before it is parsed. */
export interface TextLimitExcess {
  message: string;
  /** The same as a code (core/diagnostics.ts DiagnosticSay), for the faces to word; none for go-yaml's own text (aliasing). */
  say?: DiagnosticSay;
  line: number;
}

export type BoundedParse =
  | { ok: true; docs: Document.Parsed[]; lineCounter: LineCounter }
  | { ok: false; excess: TextLimitExcess; lineCounter: LineCounter };

/** Options the whole codebase parses scenarios with (strict YAML 1.2 plus YAML 1.1 merge keys). */
const PARSE_OPTIONS = {
  prettyErrors: false,
  // Checked by addDuplicateKeyErrors in linear time (the library's own check is quadratic).
  uniqueKeys: false,
  strict: true,
  // `<<: *base` merge keys: the API server's decoder (sigs.k8s.io/yaml → go-yaml v2, a YAML 1.1
  // parser) merges them, so `kubectl apply` accepts them.
  merge: true,
} as const;

/** Options for Document.toJS once parseYamlBounded has accepted the document. */
export const TO_JS_OPTIONS = {
  // The expansion budget above bounds what an alias can cost; the library's own counter (anchor
  // references × nested aliases) would refuse harmless files and let huge ones through.
  maxAliasCount: -1,
} as const;

export function parseYamlBounded(text: string): BoundedParse {
  const lineCounter = new LineCounter();
  const bytes = scenarioBytesOver(text);
  if (bytes !== null)
    return {
      ok: false,
      lineCounter,
      excess: {
        message: scenarioSizeMessage(bytes),
        say: { code: 'limit.size', params: { bytes, max: YAML_LIMITS.maxBytes } },
        line: 1,
      },
    };
  const deep = findExcessiveNesting(text, YAML_LIMITS.maxDepth);
  if (deep) {
    return {
      ok: false,
      lineCounter,
      excess: {
        message: `the YAML nests ${deep.depth} levels deep at line ${deep.line}; the playground accepts at most ${YAML_LIMITS.maxDepth} levels`,
        say: { code: 'limit.depth', params: { depth: deep.depth, line: deep.line, max: YAML_LIMITS.maxDepth } },
        line: deep.line,
      },
    };
  }
  const documents = countContentDocuments(text);
  if (documents > SCENARIO_LIMITS.maxDocuments) {
    return {
      ok: false,
      lineCounter,
      excess: {
        message: `the scenario has ${documents} documents; the playground accepts at most ${SCENARIO_LIMITS.maxDocuments}`,
        say: { code: 'limit.documents', params: { documents, max: SCENARIO_LIMITS.maxDocuments } },
        line: 1,
      },
    };
  }
  const parsed = parseAllDocuments(text, { ...PARSE_OPTIONS, lineCounter });
  const docs = Array.isArray(parsed) ? parsed : [];
  let budget: number = YAML_LIMITS.maxExpandedValues;
  for (const doc of docs) {
    addDuplicateKeyErrors(doc);
    // A document with errors is never expanded, so it spends nothing.
    if (doc.errors.length > 0) continue;
    const counted = countExpandedValues(doc, budget);
    if (typeof counted === 'number') {
      budget -= counted;
      continue;
    }
    const where = lineCounter.linePos(counted.at[0]);
    const at = `line ${where.line}, column ${where.col}`;
    const limit = YAML_LIMITS.maxExpandedValues;
    const message =
      counted.kind === 'recursive'
        ? `yaml: anchor '${counted.anchor}' value contains itself (the alias *${counted.anchor} at ${at} is inside the node it names)`
        : counted.alias !== null
          ? `yaml: document contains excessive aliasing: the alias *${counted.alias} at ${at} expands the scenario past ${limit} values; the playground accepts at most ${limit} values after alias expansion`
          : `the scenario passes ${limit} values at ${at}; the playground accepts at most ${limit} values after alias expansion`;
    doc.errors.push(new YAMLParseError(counted.at, 'RESOURCE_EXHAUSTION', message));
  }
  return { ok: true, docs, lineCounter };
}
