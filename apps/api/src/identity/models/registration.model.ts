import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RegistrationApplicationEntity, RegistrationStatus } from '@app/identity';

registerEnumType(RegistrationStatus, { name: 'RegistrationStatus' });

@ObjectType('RegistrationApplication')
export class RegistrationApplicationModel {
  @Field(() => ID) id: string;
  @Field() orgName: string;
  @Field() creditCode: string;
  @Field() region: string;
  @Field() contactName: string;
  @Field() contactEmail: string;
  @Field(() => String, { nullable: true }) contactPhone: string | null;
  @Field(() => RegistrationStatus) status: RegistrationStatus;
  @Field(() => String, { nullable: true, description: 'Why it was rejected' }) reason: string | null;
  @Field(() => ID, { nullable: true, description: 'The enterprise created on approval' }) orgId: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
  @Field(() => Int) version: number;

  static from(e: RegistrationApplicationEntity): RegistrationApplicationModel {
    const { decidedBy: _by, updatedAt: _u, ...fields } = e;
    return Object.assign(new RegistrationApplicationModel(), fields);
  }
}

/** What an applicant sees: only that the application arrived. */
@ObjectType('RegistrationReceipt')
export class RegistrationReceiptModel {
  @Field(() => ID) id: string;
  @Field(() => RegistrationStatus) status: RegistrationStatus;
}
