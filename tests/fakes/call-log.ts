// One counter of service calls shared by every fake of one fake environment. Service calls are
// the cost in Apps Script, so every port method of every fake records `Service.method` here.

export class CallLog {
  private readonly counts = new Map<string, number>();
  private readonly order: string[] = [];

  /**
   * Checked before each call is recorded; throws to refuse the call (the environment uses it
   * for what a restricted context may not do).
   */
  guard: ((method: string) => void) | undefined;

  /** Records one call, e.g. `record('Range.getValues')`. Fakes call this; tests need not. */
  record(method: string): void {
    this.guard?.(method);
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
    this.order.push(method);
  }

  /** Calls to `method`, or all calls when no method is given. */
  count(method?: string): number {
    return method === undefined
      ? this.order.length
      : (this.counts.get(method) ?? 0);
  }

  /** A copy of the counts per method, in first-call order. */
  byMethod(): Map<string, number> {
    return new Map(this.counts);
  }

  /** Every recorded call in order, for asserting that one call happened before another. */
  sequence(): string[] {
    return [...this.order];
  }

  reset(): void {
    this.counts.clear();
    this.order.length = 0;
  }
}
