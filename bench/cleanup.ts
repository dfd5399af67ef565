/** What must be stopped or put back however the bench ends: at the end, on failure, on Ctrl-C. Last added, first done. */
export class Cleanup {
  private readonly steps: Array<() => Promise<void> | void> = [];

  /** Returns how to drop the step once it is no longer needed. */
  add(step: () => Promise<void> | void): () => void {
    this.steps.push(step);
    return () => {
      const index = this.steps.lastIndexOf(step);
      if (index >= 0) this.steps.splice(index, 1);
    };
  }

  /** Runs every step, even after one fails; returns what failed. */
  async run(): Promise<string[]> {
    const failures: string[] = [];
    for (let step = this.steps.pop(); step; step = this.steps.pop()) {
      try {
        await step();
      } catch (error) {
        failures.push(error instanceof Error ? error.message : String(error));
      }
    }
    return failures;
  }
}
