/** A logistic model over string features: P(token is part of a person name). */
export interface ModelData {
  weights: string;
}

export class PersonModel {
  private constructor(private readonly weights: ReadonlyMap<string, number>) {}

  static fromData(data: ModelData): PersonModel {
    const weights = new Map<string, number>();
    for (const line of data.weights.split('\n')) {
      const sep = line.lastIndexOf(' ');
      if (sep <= 0) continue;
      weights.set(line.slice(0, sep), Number(line.slice(sep + 1)));
    }
    return new PersonModel(weights);
  }

  static fromMap(weights: ReadonlyMap<string, number>): PersonModel {
    return new PersonModel(weights);
  }

  private readonly byPrefix = new Map<string, ReadonlyMap<string, number>>();

  weight(feature: string): number {
    return this.weights.get(feature) ?? 0;
  }

  /**
   * The weights of every feature that starts with `prefix`, keyed by the rest of its name:
   * `withPrefix('p').get(x) === weights.get('p' + x)`, without building the string 'p' + x.
   */
  withPrefix(prefix: string): ReadonlyMap<string, number> {
    let map = this.byPrefix.get(prefix);
    if (!map) {
      const built = new Map<string, number>();
      for (const [name, w] of this.weights) if (name.startsWith(prefix)) built.set(name.slice(prefix.length), w);
      map = built;
      this.byPrefix.set(prefix, map);
    }
    return map;
  }

  score(features: readonly string[]): number {
    let z = 0;
    for (const f of features) z += this.weights.get(f) ?? 0;
    return z;
  }

  probability(features: readonly string[]): number {
    return 1 / (1 + Math.exp(-this.score(features)));
  }
}
