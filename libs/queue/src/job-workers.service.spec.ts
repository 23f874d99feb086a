import { Injectable } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { AppConfig } from '@corridor/config';
import { FailedJobRecorder } from './failed-job-recorder';
import { JobHandler } from './job-handler.decorator';
import { JOB_NAMES } from './jobs';
import { HandlerRegistryError, JobWorkers } from './job-workers.service';

@Injectable()
class VerifyHandler {
  @JobHandler('supplier.verify')
  verify(): void {}
}

@Injectable()
class SecondVerifyHandler {
  @JobHandler('supplier.verify')
  verifyAgain(): void {}
}

class NoRecorder extends FailedJobRecorder {
  async record(): Promise<void> {}
}

/** Boots a module with the given handler providers; the worker's start-up check runs in init(). */
async function bootWith(...providers: (new () => object)[]): Promise<unknown> {
  const moduleRef = await Test.createTestingModule({
    imports: [DiscoveryModule],
    providers: [
      ...providers,
      JobWorkers,
      { provide: AppConfig, useValue: AppConfig.fromEnv({ REDIS_URL: 'redis://127.0.0.1:1' }) },
      { provide: FailedJobRecorder, useClass: NoRecorder },
    ],
  }).compile();
  try {
    await moduleRef.init();
    return null;
  } catch (error) {
    return error;
  } finally {
    await moduleRef.close().catch(() => undefined);
  }
}

describe('the worker start-up check', () => {
  it('refuses to start when a job has no handler, naming each such job', async () => {
    const error = await bootWith(VerifyHandler);

    expect(error).toBeInstanceOf(HandlerRegistryError);
    const message = (error as Error).message;
    for (const name of JOB_NAMES.filter((n) => n !== 'supplier.verify'))
      expect(message).toContain(`job ${name} has no handler`);
    expect(message).not.toContain('job supplier.verify has no handler');
  });

  it('refuses to start when a job has two handlers, naming both', async () => {
    const error = await bootWith(VerifyHandler, SecondVerifyHandler);

    expect(error).toBeInstanceOf(HandlerRegistryError);
    expect((error as Error).message).toContain(
      'job supplier.verify has 2 handlers: VerifyHandler.verify, SecondVerifyHandler.verifyAgain',
    );
  });
});
