/**
 * Logical topic names (Topics.*) to the names on the broker. A prefix lets tests and parallel
 * deployments share one cluster without seeing each other's messages.
 */
export class TopicNamer {
  constructor(private readonly prefix = '') {}

  physical(logical: string): string {
    return this.prefix ? `${this.prefix}.${logical}` : logical;
  }

  logical(physical: string): string {
    return this.prefix && physical.startsWith(`${this.prefix}.`) ? physical.slice(this.prefix.length + 1) : physical;
  }
}
