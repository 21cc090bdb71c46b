import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { currentLanguage } from '@app/core';
import { NotificationEntity, NotificationKind, noticePath } from '@app/matching';

registerEnumType(NotificationKind, { name: 'NotificationKind' });

@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID) id: string;
  @Field(() => NotificationKind) kind: NotificationKind;
  @Field({ description: "In the request's language (Accept-Language): Chinese by default, English on request" })
  message: string;
  @Field(() => ID, { nullable: true }) matchRequestId: string | null;
  @Field(() => ID, { nullable: true, description: 'The matchmaking event a notice is about' }) eventId: string | null;
  @Field(() => ID, { nullable: true, description: 'The achievement or need a notice is about (LISTING_EXPIRING)' })
  listingId: string | null;
  @Field({
    description: 'Where the notice leads in the web app: the match request, the event, or the listing form to renew it',
  })
  link: string;
  @Field() read: boolean;
  @Field() createdAt: Date;

  static from(e: NotificationEntity): NotificationModel {
    const message = currentLanguage() === 'en' && e.messageEn ? e.messageEn : e.message;
    return Object.assign(new NotificationModel(), {
      id: e.id,
      kind: e.kind,
      message,
      matchRequestId: e.matchRequestId,
      eventId: e.eventId,
      listingId: e.listingId,
      link: noticePath(e),
      read: e.readAt !== null,
      createdAt: e.createdAt,
    });
  }
}
