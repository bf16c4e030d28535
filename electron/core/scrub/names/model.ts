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

  score(features: readonly string[]): number {
    let z = 0;
    for (const f of features) z += this.weights.get(f) ?? 0;
    return z;
  }

  probability(features: readonly string[]): number {
    return 1 / (1 + Math.exp(-this.score(features)));
  }
}
