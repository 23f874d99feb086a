import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Gauge } from 'prom-client';
import { TASK_TYPES } from '@corridor/domain';
import { metricsRegistry } from '@corridor/observability';
import { readForScrape } from '@corridor/queue';

/**
 * `corridor_tasks_open`, served by every process that has the tasks module (the API and the
 * workers): staff tasks open or claimed per type, one aggregate query per scrape.
 */
@Injectable()
export class TaskGauges implements OnModuleInit {
  private readonly logger = new Logger(TaskGauges.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    if (metricsRegistry.getSingleMetric('corridor_tasks_open')) return;
    const logger = this.logger;
    const dataSource = this.dataSource;
    new Gauge({
      name: 'corridor_tasks_open',
      help: 'Staff tasks open or claimed, per task type.',
      labelNames: ['type'] as const,
      registers: [metricsRegistry],
      async collect() {
        const rows = await readForScrape(
          logger,
          'open tasks',
          () =>
            dataSource.query(
              `SELECT type, count(*)::int AS n FROM task WHERE status IN ('open', 'claimed') GROUP BY type`,
            ) as Promise<{ type: string; n: number }[]>,
        );
        this.reset();
        if (!rows) return;
        const byType = new Map(rows.map((r) => [r.type, r.n]));
        for (const type of TASK_TYPES) this.set({ type }, byType.get(type) ?? 0);
      },
    });
  }
}
