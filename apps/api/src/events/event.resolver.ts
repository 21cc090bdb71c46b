import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, isAlliance } from '@app/core';
import { AgendaService, EventDayService, EventService, ParticipantService } from '@app/events';
import { AchievementModel } from '../catalog/models/achievement.model';
import { VersionedRefInput } from '../catalog/dto/catalog.inputs';
import { CurrentActor } from '../graphql/auth';
import type { RequestContext } from '../graphql/context';
import { UuidPipe } from '../graphql/uuid.pipe';
import { OrganizationModel } from '../identity/models/organization.model';
import {
  CancelEventInput,
  CreateEventInput,
  RegisterGuestInput,
  RegisterParticipantInput,
  UpdateEventInput,
} from './dto/events.inputs';
import { EventModel, EventStatus, RoadshowModel } from './models/event.model';
import { AgendaModel, EventAnalyticsModel, GuestModel, ParticipantModel } from './models/meeting.model';

/** Events, registrations, agendas and figures: each operation is one service call mapped to a model. */
@Resolver(() => EventModel)
export class EventResolver {
  constructor(
    private readonly service: EventService,
    private readonly participants: ParticipantService,
    private readonly agendas: AgendaService,
    private readonly day: EventDayService,
  ) {}

  @Query(() => EventModel, { description: 'Drafts are visible to coordinators only' })
  async event(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<EventModel> {
    return EventModel.from(await this.service.get(actor, id));
  }

  @Query(() => [EventModel], { description: 'Latest first, at most 200' })
  async events(
    @CurrentActor() actor: Actor,
    @Args('statuses', { type: () => [EventStatus], nullable: true }) statuses?: EventStatus[],
  ): Promise<EventModel[]> {
    return (await this.service.list(actor, statuses?.length ? statuses : null)).map(EventModel.from);
  }

  @Mutation(() => EventModel, { description: 'Creates a DRAFT; coordinators only' })
  async createEvent(@CurrentActor() actor: Actor, @Args('input') input: CreateEventInput): Promise<EventModel> {
    const roadshows = input.roadshows.map((r) => ({ ...r, achievementId: r.achievementId ?? null }));
    return EventModel.from(await this.service.create(actor, { ...input, roadshows }));
  }

  @Mutation(() => EventModel)
  async updateEvent(@CurrentActor() actor: Actor, @Args('input') input: UpdateEventInput): Promise<EventModel> {
    const { id, version, roadshows, ...rest } = input;
    const patch = {
      ...rest,
      ...(roadshows ? { roadshows: roadshows.map((r) => ({ ...r, achievementId: r.achievementId ?? null })) } : {}),
    };
    return EventModel.from(await this.service.update(actor, id, version, patch));
  }

  @Mutation(() => EventModel, { description: 'DRAFT → OPEN: registration and requests open' })
  async openEvent(@CurrentActor() actor: Actor, @Args('input') input: VersionedRefInput): Promise<EventModel> {
    return EventModel.from(await this.service.open(actor, input.id, input.version));
  }

  @Mutation(() => EventModel, { description: 'SCHEDULED → PUBLISHED: participants see their meetings' })
  async publishEvent(@CurrentActor() actor: Actor, @Args('input') input: VersionedRefInput): Promise<EventModel> {
    return EventModel.from(await this.service.publish(actor, input.id, input.version));
  }

  @Mutation(() => EventModel, { description: 'PUBLISHED → CLOSED' })
  async closeEvent(@CurrentActor() actor: Actor, @Args('input') input: VersionedRefInput): Promise<EventModel> {
    return EventModel.from(await this.service.close(actor, input.id, input.version));
  }

  @Mutation(() => EventModel, {
    description: 'DRAFT, OPEN, SCHEDULED or PUBLISHED → CANCELLED; everyone registered is told',
  })
  async cancelEvent(@CurrentActor() actor: Actor, @Args('input') input: CancelEventInput): Promise<EventModel> {
    return EventModel.from(await this.service.cancel(actor, input.id, input.version, input.reason));
  }

  @Mutation(() => Boolean, { description: 'Deletes a DRAFT (others are cancelled instead)' })
  async deleteEvent(@CurrentActor() actor: Actor, @Args('input') input: VersionedRefInput): Promise<boolean> {
    return this.service.delete(actor, input.id, input.version);
  }

  @Query(() => [ParticipantModel])
  async eventParticipants(
    @CurrentActor() actor: Actor,
    @Args('eventId', { type: () => ID }, UuidPipe) eventId: string,
  ): Promise<ParticipantModel[]> {
    return (await this.participants.list(actor, eventId)).map(ParticipantModel.from);
  }

  @Mutation(() => ParticipantModel, { description: 'Registers (or re-registers) an organisation' })
  async registerParticipant(
    @CurrentActor() actor: Actor,
    @Args('input') input: RegisterParticipantInput,
  ): Promise<ParticipantModel> {
    const { eventId, ...registration } = input;
    return ParticipantModel.from(await this.participants.register(actor, eventId, registration));
  }

  @Mutation(() => ParticipantModel, { description: 'A guest without an account (walk-ins too); coordinators only' })
  async registerGuest(
    @CurrentActor() actor: Actor,
    @Args('input') input: RegisterGuestInput,
  ): Promise<ParticipantModel> {
    const { eventId, ...guest } = input;
    return ParticipantModel.from(await this.participants.registerGuest(actor, eventId, guest));
  }

  @Mutation(() => ParticipantModel, { description: 'On the day, at the desk; coordinators only' })
  async checkInParticipant(
    @CurrentActor() actor: Actor,
    @Args('participantId', { type: () => ID }, UuidPipe) participantId: string,
  ): Promise<ParticipantModel> {
    return ParticipantModel.from(await this.participants.checkIn(actor, participantId));
  }

  @Query(() => AgendaModel, {
    description: 'Your organisation’s agenda, or (coordinators) any participant’s. Also GET /events/:id/agenda.ics',
  })
  async eventAgenda(
    @CurrentActor() actor: Actor,
    @Args('eventId', { type: () => ID }, UuidPipe) eventId: string,
    @Args('participantId', { type: () => ID, nullable: true }, UuidPipe) participantId?: string,
  ): Promise<AgendaModel> {
    return AgendaModel.from(await this.agendas.agenda(actor, eventId, participantId ?? null));
  }

  @Query(() => EventAnalyticsModel, { description: 'Coordinators only' })
  async eventAnalytics(
    @CurrentActor() actor: Actor,
    @Args('eventId', { type: () => ID }, UuidPipe) eventId: string,
  ): Promise<EventAnalyticsModel> {
    return Object.assign(new EventAnalyticsModel(), await this.day.analytics(actor, eventId));
  }
}

@Resolver(() => ParticipantModel)
export class ParticipantFieldsResolver {
  @ResolveField('organization', () => OrganizationModel, { nullable: true })
  async organization(@Parent() p: ParticipantModel, @Context() ctx: RequestContext): Promise<OrganizationModel | null> {
    if (!p.orgId) return null;
    const org = await ctx.loaders.organization.load(p.orgId);
    return org ? OrganizationModel.from(org) : null;
  }

  @ResolveField('guest', () => GuestModel, {
    nullable: true,
    description: 'Set for a guest without an account; phone and e-mail for coordinators only',
  })
  guest(@Parent() p: ParticipantModel, @CurrentActor() actor: Actor): GuestModel | null {
    if (!p.guestDetails) return null;
    return isAlliance(actor) ? p.guestDetails : { ...p.guestDetails, phone: null, email: null };
  }
}

@Resolver(() => RoadshowModel)
export class RoadshowFieldsResolver {
  @ResolveField('achievement', () => AchievementModel, { nullable: true, description: 'Null when you may not see it' })
  async achievement(
    @Parent() r: RoadshowModel,
    @CurrentActor() actor: Actor,
    @Context() ctx: RequestContext,
  ): Promise<AchievementModel | null> {
    if (!r.achievementId) return null;
    const a = await ctx.loaders.achievement.load(r.achievementId);
    return a ? AchievementModel.from(a, actor) : null;
  }
}
