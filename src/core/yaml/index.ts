// The YAML door: the stream parser with source positions, and field paths (`spec.ports[0].port`).
export {
  parseStream,
  locatePath,
  YAML_LIMITS,
  type ParsedStream,
  type ParsedDocument,
  type SourceRange,
} from './parseStream.ts';
export { parseFieldPath, formatFieldPath, type PathSegment } from './fieldPath.ts';
export { scenarioBytesOver, scenarioSizeMessage } from './limits.ts';
