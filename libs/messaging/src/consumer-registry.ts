/** Consumers started in this process, for readiness checks (/health/ready) and the dashboard. */
export interface ConsumerStatus {
  readonly groupId: string;
  readonly isJoined: boolean;
}

const consumers = new Set<ConsumerStatus>();

export const consumerRegistry = {
  register(c: ConsumerStatus): void {
    consumers.add(c);
  },
  unregister(c: ConsumerStatus): void {
    consumers.delete(c);
  },
  list(): ConsumerStatus[] {
    return [...consumers];
  },
  allJoined(): boolean {
    return [...consumers].every((c) => c.isJoined);
  },
};
