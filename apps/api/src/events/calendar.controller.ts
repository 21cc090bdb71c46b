import { Controller, Get, Header, NotFoundException, Param } from '@nestjs/common';
import { DomainError } from '@app/core';
import { CalendarService } from '@app/events';
import { Public } from '../graphql/auth';

/**
 * A person's calendar subscription: GET /calendar/<token>.ics, no bearer (calendar apps cannot sign in; the secret
 * token in the URL is the credential, regenerated or revoked through GraphQL). Any failure to find is a bare 404.
 */
@Public()
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendars: CalendarService) {}

  @Get(':file')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'private, no-store')
  async feed(@Param('file') file: string): Promise<string> {
    const token = file.endsWith('.ics') ? file.slice(0, -4) : '';
    try {
      return await this.calendars.feed(token);
    } catch (error) {
      if (error instanceof DomainError) throw new NotFoundException();
      throw error;
    }
  }
}
