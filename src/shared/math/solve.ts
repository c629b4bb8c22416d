/**
 * x such that f(x) = target, by the secant method from x0. The functions
 * here are a relation with one input free (a sum, product, ratio or a formula
 * of + − × ÷), so they are linear or a quotient of linear ones in that input
 * in almost every real case, and the secant lands in one or two steps. Null
 * when it does not converge (no such x, a pole, a flat function): the caller
 * reports "no solution" rather than a wrong figure.
 */
export function solve(f: (x: number) => number | null, target: number, x0: number): number | null {
  const tolerance = 1e-12 * Math.max(1, Math.abs(target));
  const miss = (x: number) => {
    const value = f(x);
    return value === null ? null : value - target;
  };
  let a = x0;
  let fa = miss(a);
  if (fa === null) return null;
  if (Math.abs(fa) <= tolerance) return a;
  let b = a === 0 ? 1 : a * 1.01;
  let fb = miss(b);
  for (let step = 0; step < 60; step++) {
    if (fb === null) return null;
    if (Math.abs(fb) <= tolerance) return b;
    if (fb === fa) return null;
    const c = b - (fb * (b - a)) / (fb - fa);
    if (!Number.isFinite(c)) return null;
    a = b;
    fa = fb;
    b = c;
    fb = miss(b);
  }
  return null;
}
