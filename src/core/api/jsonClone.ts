// A deep copy with exactly the result of JSON.parse(JSON.stringify(v)) for the plain data the YAML
// parser produces (objects, arrays, strings, numbers, booleans, null), without building the JSON
// text: admission and the workload controllers copy every object and pod template, and the string
// round trip was a visible share of loadScenario's time.
// JSON's rules kept: undefined / function / symbol properties are dropped, and become null inside
// arrays; NaN and ±Infinity become null; -0 becomes 0; toJSON() is honoured (Date → string);
// an own "__proto__" key stays an own property (JSON.parse defines it, it never sets the prototype).

function cloneValue(v: unknown): unknown {
  if (v === null) return null;
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return v;
    case 'number':
      return Number.isFinite(v) ? (v === 0 ? 0 : v) : null;
    case 'object':
      break;
    case 'undefined':
    case 'function':
    case 'symbol':
    case 'bigint':
      return undefined;
  }
  const o = v as { toJSON?: unknown };
  if (typeof o.toJSON === 'function') return jsonClone((o.toJSON as () => unknown).call(o));
  if (Array.isArray(v)) {
    const out: unknown[] = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) {
      const x = cloneValue(v[i]);
      out[i] = x === undefined ? null : x;
    }
    return out;
  }
  const out: Record<string, unknown> = {};
  const src = v as Record<string, unknown>;
  for (const k of Object.keys(src)) {
    const x = cloneValue(src[k]);
    if (x === undefined) continue;
    if (k === '__proto__')
      Object.defineProperty(out, k, { value: x, enumerable: true, writable: true, configurable: true });
    else out[k] = x;
  }
  return out;
}

/** JSON.parse(JSON.stringify(v)), faster; a top-level undefined or function gives undefined (JSON.stringify's undefined). */
export function jsonClone<T>(v: T): T {
  return cloneValue(v) as T;
}
