import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { currentLanguage } from '@app/core';
import { NotificationEntity, NotificationKind } from '@app/matching';

registerEnumType(NotificationKind, { name: 'NotificationKind' });

@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID) id: string;
  @Field(() => NotificationKind) kind: NotificationKind;
  @Field({ description: 'Chinese, or English when the request asks for it (Accept-Language)' }) message: string;
  @Field(() => ID, { nullable: true }) matchRequestId: string | null;
  @Field(() => ID, { nullable: true, description: 'The matchmaking event a notice is about' }) eventId: string | null;
  @Field() read: boolean;
  @Field() createdAt: Date;

  static from(e: NotificationEntity): NotificationModel {
    return Object.assign(new NotificationModel(), { id: e.id, kind: e.kind, message: currentLanguage() === 'en' ? (e.messageEn ?? e.message) : e.message, matchRequestId: e.matchRequestId, eventId: e.eventId, read: e.readAt !== null, createdAt: e.createdAt });
  }
}
