import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { DeliveryMode, DeliveryRow, DeliveryStatus, MailKind } from '@app/mail';

registerEnumType(MailKind, { name: 'MailKind', description: 'What an e-mail is about' });
registerEnumType(DeliveryStatus, { name: 'MailDeliveryStatus' });
registerEnumType(DeliveryMode, {
  name: 'MailDeliveryMode',
  description: 'IMMEDIATE, DAILY_DIGEST (one e-mail a day, after 08:00), NEVER (in-app only)',
});

@ObjectType('MailDelivery', { description: 'One e-mail in the delivery log (bodies are not kept once done)' })
export class MailDeliveryModel {
  @Field(() => ID) id: string;
  @Field({ description: 'Message-ID header: the idempotency key a retry keeps' }) messageId: string;
  @Field(() => MailKind) kind: MailKind;
  @Field() to: string;
  @Field() subject: string;
  @Field(() => DeliveryStatus) status: DeliveryStatus;
  @Field(() => Int) attempts: number;
  @Field(() => String, { nullable: true, description: "The last failure's SMTP reply or connection error" }) lastError:
    string | null;
  @Field(() => String, { nullable: true, description: "The accepting server's reply" }) smtpResponse: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;

  static from(row: DeliveryRow): MailDeliveryModel {
    return Object.assign(new MailDeliveryModel(), { ...row, id: String(row.id) });
  }
}

@ObjectType('MailPreference')
export class MailPreferenceModel {
  @Field(() => MailKind) kind: MailKind;
  @Field(() => DeliveryMode) mode: DeliveryMode;
}

@InputType()
export class SetMailPreferenceInput {
  @Field(() => MailKind) @IsEnum(MailKind) kind: MailKind;
  @Field(() => DeliveryMode) @IsEnum(DeliveryMode) mode: DeliveryMode;
}
