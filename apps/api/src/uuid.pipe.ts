import { Injectable, type PipeTransform } from '@nestjs/common';
import { DomainError } from '@corridor/domain';
import { UUID_PATTERN } from '@corridor/persistence';

/** Path ids are UUIDs; anything else cannot name a resource, so it is `404` like any unknown id. */
@Injectable()
export class IdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UUID_PATTERN.test(value)) throw DomainError.notFound('resource');
    return value.toLowerCase();
  }
}
