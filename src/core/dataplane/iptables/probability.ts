// The `--probability` argument of kube-proxy's `-m statistic --mode random` rules.
// Upstream: pkg/proxy/iptables/proxier.go computeProbability: fmt.Sprintf("%0.10f", 1.0/float64(n)).
// Go formats the exact binary value of the float64 and rounds half to even; JavaScript's toFixed
// rounds exact ties up, so 1/2048 (= 0.00048828125 exactly) would print 0.0004882813 instead of Go's
// 0.0004882812. We therefore format from the exact decimal expansion (docs/kube-proxy.md §1.4).

/** Go's fmt.Sprintf("%0.<digits>f", x) for finite x ≥ 0. */
export function formatFixedGo(x: number, digits: number): string {
  if (!Number.isFinite(x) || x < 0) throw new RangeError(`formatFixedGo: unsupported value ${x}`);
  const { mantissa, exponent } = decompose(x);
  // x = mantissa * 2^exponent exactly. Scale to an exact fraction num/den with den = 10^digits * 2^k.
  let num = mantissa;
  let den = 1n;
  if (exponent >= 0) num <<= BigInt(exponent);
  else den <<= BigInt(-exponent);
  const scale = 10n ** BigInt(digits);
  const scaled = num * scale;
  let q = scaled / den;
  const r = scaled % den;
  // Round half to even on the exact remainder.
  const twice = r * 2n;
  if (twice > den || (twice === den && q % 2n === 1n)) q += 1n;
  const s = q.toString().padStart(digits + 1, '0');
  return digits === 0 ? s : `${s.slice(0, s.length - digits)}.${s.slice(s.length - digits)}`;
}

/** computeProbability(n): the chance that rule i of n (counting from the end) is taken. */
export function computeProbability(n: number): string {
  return formatFixedGo(1 / n, 10);
}

/** Split a finite non-negative double into an integer mantissa and a power-of-two exponent. */
function decompose(x: number): { mantissa: bigint; exponent: number } {
  if (x === 0) return { mantissa: 0n, exponent: 0 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const fraction = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return { mantissa: fraction, exponent: -1074 };
  return { mantissa: fraction | (1n << 52n), exponent: biased - 1075 };
}
