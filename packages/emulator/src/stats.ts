/** Request counters for `GET /_emulator/stats`. */
export class Stats {
  private total = 0;
  // A Map: action names come from the wire (`__proto__` included).
  private byAction = new Map<string, number>();
  private byCode = new Map<string, number>();

  /** Counts one RPC request. */
  count(action: string): void {
    this.total += 1;
    this.byAction.set(action, (this.byAction.get(action) ?? 0) + 1);
  }

  /** Counts one error answer by its Code (`Throttling.User`…). */
  countError(code: string): void {
    this.byCode.set(code, (this.byCode.get(code) ?? 0) + 1);
  }

  /** The admin API body. */
  toJSON(): {
    requests: { total: number; byAction: Record<string, number> };
    errors: { byCode: Record<string, number> };
  } {
    return {
      requests: { total: this.total, byAction: Object.fromEntries(this.byAction) },
      errors: { byCode: Object.fromEntries(this.byCode) },
    };
  }

  /** Resets every counter. */
  reset(): void {
    this.total = 0;
    this.byAction.clear();
    this.byCode.clear();
  }
}
