import { Controller, Get, Redirect } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@corridor/auth';

/**
 * The addresses a person types first lead somewhere: the API's root and `/tasks` to the staff
 * console, `/admin` to the queue dashboard. Each page asks for credentials itself.
 */
@ApiExcludeController()
@Public()
@Controller()
export class FrontDoorController {
  @Get()
  @Redirect('/console', 302)
  root(): void {}

  @Get('tasks')
  @Redirect('/console', 302)
  tasks(): void {}

  @Get('admin')
  @Redirect('/admin/queues', 302)
  admin(): void {}
}
