import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import type { DestinationStream } from 'pino';
import { LoggerModule } from 'nestjs-pino';
import { join } from 'node:path';
import { APP_CONFIG, type AppConfig, Clock, SystemClock } from '@app/core';
import { CATALOG_ENTITIES, CatalogModule, CatalogSearchModule } from '@app/catalog';
import type { SearchEngine } from '@app/search';
import { DatabaseModule } from '@app/database';
import { IDENTITY_ENTITIES, IdentityModule } from '@app/identity';
import { EVENT_ENTITIES, EventsModule } from '@app/events';
import { MATCH_REQUEST_ENTITIES, MatchingModule, MatchRequestsModule, VocabularyModule } from '@app/matching';
import { AchievementResolver } from './catalog/achievement.resolver';
import { NeedResolver } from './catalog/need.resolver';
import { ListingAuditResolver } from './catalog/listing-audit.resolver';
import { DemoDataService } from './demo/demo-data.service';
import { AgendaController } from './events/agenda.controller';
import { EventResolver, ParticipantFieldsResolver, RoadshowFieldsResolver } from './events/event.resolver';
import { MeetingResolver } from './events/meeting.resolver';
import {
  MeetingFieldsResolver,
  MeetingRequestFieldsResolver,
  MeetingSuggestionFieldsResolver,
  ParticipantListingsResolver,
} from './events/board.resolver';
import { EventLoaderFactory } from './events/event-loaders';
import { CalendarController } from './events/calendar.controller';
import { CalendarResolver } from './events/calendar.resolver';
import { AuthGuard } from './graphql/auth';
import { ContextFactory } from './graphql/context';
import { formatError } from './graphql/error-formatter';
import { landingPage } from './graphql/landing-page';
import { noStorePlugins } from './graphql/no-store';
import { costLimitPlugin, LIMITS, limitRules } from './graphql/limits';
import { HealthController } from './health/health.controller';
import { HttpErrorFilter } from './http/http-error.filter';
import { IdentityResolver } from './identity/identity.resolver';
import { SessionController } from './identity/session.controller';
import { PasswordResolver } from './identity/password.resolver';
import { PeopleResolver } from './identity/people.resolver';
import { RegistrationResolver } from './identity/registration.resolver';
import { MailResolver } from './mail/mail.resolver';
import { ListingReminderScheduler } from './mail/listing-reminder.scheduler';
import { MailModule, MailRelayModule } from '@app/mail';
import { MatchingResolver } from './matching/matching.resolver';
import { MatchDashboardResolver } from './matching/requests/match-dashboard.resolver';
import { MatchExportController } from './matching/requests/match-export.controller';
import { MatchRequestResolver } from './matching/requests/match-request.resolver';
import { NotificationResolver } from './matching/requests/notification.resolver';
import { SearchAdminResolver } from './search/search-admin.resolver';
import { VocabularyResolver } from './vocabulary/vocabulary.resolver';
import { SearchEngineModule } from './search/search-engine.module';
import { SearchResolver } from './search/search.resolver';
import { LogFlush, loggerParams } from './logging';
import './graphql/enums';

@Module({})
class ConfigHolderModule {}

@Module({
  imports: [IdentityModule, CatalogModule, CatalogSearchModule],
  providers: [ContextFactory],
  exports: [ContextFactory],
})
class GraphqlContextModule {}

export interface AppOverrides {
  searchEngine?: SearchEngine;
  clock?: Clock;
  logDestination?: DestinationStream;
}

@Module({})
export class AppModule {
  /** `overrides.searchEngine` lets tests inject faults into a real engine; `clock` sets "now"; `logDestination` captures the logs. */
  static register(config: AppConfig, overrides: AppOverrides = {}): DynamicModule {
    const configModule: DynamicModule = {
      module: ConfigHolderModule,
      global: true,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: Clock, useValue: overrides.clock ?? new SystemClock() },
      ],
      exports: [APP_CONFIG, Clock],
    };
    return {
      module: AppModule,
      imports: [
        configModule,
        LoggerModule.forRoot(loggerParams(config, overrides.logDestination)),
        DatabaseModule.forRoot([
          ...IDENTITY_ENTITIES,
          ...CATALOG_ENTITIES,
          ...MATCH_REQUEST_ENTITIES,
          ...EVENT_ENTITIES,
        ]),
        SearchEngineModule.register(config, overrides.searchEngine),
        IdentityModule,
        MailModule,
        MailRelayModule,
        CatalogModule,
        CatalogSearchModule,
        MatchingModule,
        VocabularyModule,
        MatchRequestsModule,
        EventsModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [GraphqlContextModule],
          inject: [ContextFactory],
          useFactory: (contexts: ContextFactory) => ({
            // The committed schema.gql is regenerated in development and tests; production only reads code.
            autoSchemaFile: config.nodeEnv === 'production' ? true : join(process.cwd(), 'apps/api/schema.gql'),
            sortSchema: true,
            playground: false,
            // Production does not describe the schema: no introspection, no "Did you mean …" suggestions.
            introspection: config.nodeEnv !== 'production',
            hideSchemaDetailsFromClientErrors: config.nodeEnv === 'production',
            // Apollo's CJS and ESM typings disagree about the plugin type; the object is the same.
            plugins: [
              // No CDN Sandbox: development sends /graphql visitors to the bundled GraphiQL, production has no IDE.
              landingPage(config.nodeEnv === 'production') as unknown as NonNullable<
                ApolloDriverConfig['plugins']
              >[number],
              costLimitPlugin() as unknown as NonNullable<ApolloDriverConfig['plugins']>[number],
              ...(noStorePlugins() as unknown as NonNullable<ApolloDriverConfig['plugins']>),
            ],
            parseOptions: { maxTokens: LIMITS.maxTokens },
            includeStacktraceInErrorResponses: false,
            fieldResolverEnhancers: ['guards'],
            validationRules: limitRules(),
            formatError,
            context: ({ req }: { req: Request }) => contexts.create(req),
          }),
        }),
      ],
      controllers: [HealthController, MatchExportController, AgendaController, SessionController, CalendarController],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
        LogFlush,
        IdentityResolver,
        PasswordResolver,
        PeopleResolver,
        RegistrationResolver,
        MailResolver,
        ListingReminderScheduler,
        AchievementResolver,
        NeedResolver,
        ListingAuditResolver,
        SearchResolver,
        SearchAdminResolver,
        MatchingResolver,
        VocabularyResolver,
        MatchRequestResolver,
        NotificationResolver,
        MatchDashboardResolver,
        EventResolver,
        ParticipantFieldsResolver,
        RoadshowFieldsResolver,
        MeetingResolver,
        EventLoaderFactory,
        CalendarResolver,
        MeetingFieldsResolver,
        MeetingRequestFieldsResolver,
        MeetingSuggestionFieldsResolver,
        ParticipantListingsResolver,
        DemoDataService,
      ],
    };
  }
}
