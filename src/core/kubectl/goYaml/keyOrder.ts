// The order go-yaml v2 writes a map's keys in (sorter.go keyList.Less): kubectl's `-o yaml` goes
// through JSON into map[interface{}]interface{} (sigs.k8s.io/yaml JSONToYAML), so every map's keys
// come out in this order, not byte order. Runs of digits compare as numbers (`file2` before
// `file10`) and a non-letter sorts before a letter (`_` before `Z`).
// Upstream: https://github.com/yaml/go-yaml/blob/v2/sorter.go

const isLetter = (c: string): boolean => /\p{L}/u.test(c);
const isDigit = (c: string): boolean => /\p{Nd}/u.test(c);
const digitValue = (c: string): number => c.codePointAt(0)! - 48;

/** keyList.Less for two string keys. */
export function keyLess(a: string, b: string): boolean {
  const ar = [...a];
  const br = [...b];
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isLetter(ar[i]!);
    const bl = isLetter(br[i]!);
    if (al && bl) return ar[i]!.codePointAt(0)! < br[i]!.codePointAt(0)!;
    if (al || bl) return bl;
    let an = 0;
    let bn = 0;
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]!); j--)
        if (ar[j] !== '0') {
          an = 1;
          bn = 1;
          break;
        }
    }
    let ai = i;
    for (; ai < ar.length && isDigit(ar[ai]!); ai++) an = an * 10 + digitValue(ar[ai]!);
    let bi = i;
    for (; bi < br.length && isDigit(br[bi]!); bi++) bn = bn * 10 + digitValue(br[bi]!);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i]!.codePointAt(0)! < br[i]!.codePointAt(0)!;
  }
  return ar.length < br.length;
}

export const compareKeys = (a: string, b: string): number => (keyLess(a, b) ? -1 : keyLess(b, a) ? 1 : 0);
