// 6. Share links: characters of the URL fragment (encodeShareFragment) for each seed example and a
// 20 KB manifest. Budget: every seed example ≤ 600 characters.
import { readdirSync, readFileSync } from 'node:fs';
import { encodeShareFragment, decodeShareFragment, LINK_WARN_LENGTH } from '../src/core/share/linkCodec.ts';
import { manifestOfSize } from './generate.ts';

export interface ShareRow {
  case: string;
  yamlChars: number;
  /** Characters of `#s=1.…`, counting the `#`. */
  linkChars: number;
  budget: number | null;
  pass: boolean | null;
  /** The link decodes back to the same YAML. */
  roundTrips: boolean;
}

const SEED_DIR = new URL('../src/core/fixtures/seed/', import.meta.url);

export async function benchShare(): Promise<ShareRow[]> {
  const cases: [string, string, number | null][] = readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => [`seed ${f}`, readFileSync(new URL(f, SEED_DIR), 'utf8'), 600]);
  cases.push(['20 KB manifest', manifestOfSize(20_000), LINK_WARN_LENGTH]);
  const rows: ShareRow[] = [];
  for (const [name, yaml, budget] of cases) {
    const fragment = await encodeShareFragment({ yaml });
    const back = await decodeShareFragment(fragment);
    const linkChars = fragment.length + 1;
    rows.push({
      case: name,
      yamlChars: yaml.length,
      linkChars,
      budget,
      pass: budget === null ? null : linkChars <= budget,
      roundTrips: back.ok && back.scenario.yaml === yaml,
    });
  }
  return rows;
}
