/**
 * Periodic stall check: a deal stalls while no message arrives, so no ingest
 * can fire the stall rules. This timer runs the automations' stall check on every
 * workspace that has a stall rule.
 */
import type { Logger } from 'pino';
import type { Automations } from '../automate/types.js';
import type { ServeConfig } from './config.js';

export class StallTimer {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly automations: Automations,
    private readonly config: ServeConfig,
    private readonly intervalMs: number,
    private readonly logger: Logger,
    private readonly now: () => Date,
  ) {}

  start(): void {
    if (this.timer || this.workspaces().length === 0) return;
    this.timer = setInterval(() => {
      this.running ??= this.checkAll().finally(() => (this.running = null));
    }, this.intervalMs);
    this.timer.unref();
  }

  /** Stops the timer and waits for a check in progress. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Checks each workspace with a stall rule; a failure is logged and the next workspace is checked. */
  async checkAll(): Promise<void> {
    for (const workspaceId of this.workspaces()) {
      try {
        const report = await this.automations.checkStalls(workspaceId, this.now());
        if (report.tasks.length > 0 || report.webhooksQueued > 0) {
          this.logger.info({ workspaceId, tasks: report.tasks.length, webhooksQueued: report.webhooksQueued }, 'stall check fired automations');
        }
      } catch (error) {
        this.logger.error({ err: error, workspaceId }, 'stall check failed');
      }
    }
  }

  private workspaces(): string[] {
    return Object.entries(this.config.workspaces)
      .filter(([, settings]) => settings.automations.some((rule) => rule.when.type === 'stall'))
      .map(([id]) => id);
  }
}
