/** The v1.1 filters of GET /v1/incidents, export and trends. */
export interface ArchiveFilter {
  /** Full text (web-search syntax: words, "phrases", -not, or). */
  q?: string;
  country?: string;
  /** admin-1 name or ISO 3166-2 code. */
  admin1?: string;
  eventType?: string;
  minLevel?: number;
  /** ISO 8601, on lastSeen for incidents, on the reports' publishedAt for trends. */
  from?: string;
  to?: string;
}

/** A WHERE clause and its parameters, built from a filter (parameters numbered from `first`). */
export class SqlWhere {
  readonly clauses: string[] = [];
  readonly params: unknown[] = [];

  add(clause: (p: (value: unknown) => string) => string): this {
    this.clauses.push(clause((value) => {
      this.params.push(value);
      return `$${this.params.length}`;
    }));
    return this;
  }

  toString(): string {
    return this.clauses.length ? `WHERE ${this.clauses.join(' AND ')}` : '';
  }
}
