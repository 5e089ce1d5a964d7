/** Request counters for `GET /_emulator/stats`. */
export class Stats {
  private total = 0;
  private byAction: Record<string, number> = {};

  /** Counts one RPC request. */
  count(action: string): void {
    this.total += 1;
    this.byAction[action] = (this.byAction[action] ?? 0) + 1;
  }

  /** The admin API body. */
  toJSON(): { requests: { total: number; byAction: Record<string, number> } } {
    return { requests: { total: this.total, byAction: { ...this.byAction } } };
  }

  /** Resets every counter. */
  reset(): void {
    this.total = 0;
    this.byAction = {};
  }
}
