// Facts read in one place that another, more exact fact of the same article says otherwise or
// better. A cluster's maker sells its accelerators and does not run it; a developer's use of its own
// model is its development; a model trained on a cluster uses it, which TRAINED_ON says more exactly.
// Each is dropped after the article is read, when every fact it is weighed against is known.

interface Fact {
  type: string;
  from: string;
  to: string;
}

/**
 * Whether a suggested fact is redundant: OPERATES by the maker that SUPPLIES the same cluster
 * (`Nvidia's CEO said that building Colossus…`), USES of a model by the organisation that developed
 * it (in the article or the graph), USES of a cluster by a model trained on it.
 */
export function redundantFacts(
  suggested: readonly Fact[],
  held: readonly { type: string; source: string; target: string }[],
  isModel: (ref: string) => boolean,
): (r: Fact) => boolean {
  const pairs = (type: string) => new Set(suggested.filter((r) => r.type === type).map((r) => `${r.from}|${r.to}`));
  const supplied = pairs('SUPPLIES');
  const trained = pairs('TRAINED_ON');
  const developed = new Set([...pairs('DEVELOPED'), ...held.filter((r) => r.type === 'DEVELOPED').map((r) => `${r.source}|${r.target}`)]);
  return (r) => {
    const pair = `${r.from}|${r.to}`;
    if (r.type === 'OPERATES') return supplied.has(pair);
    if (r.type === 'USES') return trained.has(pair) || (isModel(r.to) && developed.has(pair));
    return false;
  };
}
