import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsNotBlank } from '@app/core';
import { DeclineReason, MatchRequestStatus } from '@app/matching';
import { VersionedRefInput } from '../../catalog/dto/catalog.inputs';
import { MatchAdvanceStage } from './match-request.model';
import { IsCalendarDate } from '../../graphql/validators';

@InputType()
export class RequestMatchInput {
  @Field(() => ID) @IsUUID() achievementId: string;
  @Field(() => ID, {
    nullable: true,
    description: 'One of your enterprise’s open needs; without it the request is for the enterprise',
  })
  @IsOptional()
  @IsUUID()
  needId?: string | null;
  @Field() @IsString() @IsNotBlank() @MaxLength(2000) message: string;
}

@InputType()
export class ProposeMatchInput {
  @Field(() => ID, { description: 'One of your university’s published achievements' }) @IsUUID() achievementId: string;
  @Field(() => ID) @IsUUID() needId: string;
  @Field() @IsString() @IsNotBlank() @MaxLength(2000) message: string;
}

@InputType()
export class DeclineMatchRequestInput extends VersionedRefInput {
  @Field(() => DeclineReason) @IsEnum(DeclineReason) reason: DeclineReason;
  @Field(() => String, { nullable: true, description: 'Required when reason is OTHER' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

@InputType()
export class AdvanceMatchRequestInput extends VersionedRefInput {
  @Field(() => MatchAdvanceStage) @IsEnum(MatchAdvanceStage) to: MatchAdvanceStage;
  @Field(() => Float, { nullable: true, description: 'Required for SIGNED: contract amount in 万元' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(10_000_000)
  contractAmountWan?: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'Required for SIGNED: 技术合同登记 number, at most 40 characters',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  contractNumber?: string | null;
}

@InputType()
export class CloseMatchRequestInput extends VersionedRefInput {
  @Field() @IsString() @IsNotBlank() @MaxLength(1000) reason: string;
}

@InputType()
export class MatchRequestFilterInput {
  @Field(() => [MatchRequestStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(MatchRequestStatus, { each: true })
  statuses?: MatchRequestStatus[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() needId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() achievementId?: string;
}

@ArgsType()
export class NotificationsArgs {
  @Field({ defaultValue: false }) @IsBoolean() unreadOnly: boolean = false;
  @Field(() => Int, { defaultValue: 50, description: 'Newest first, at most 100' })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number = 50;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID]) @IsArray() @ArrayMaxSize(500) @IsUUID('all', { each: true }) ids: string[];
}

@ArgsType()
export class DateRangeArgs {
  @Field({ description: 'YYYY-MM-DD, included' }) @IsCalendarDate() from: string;
  @Field({ description: 'YYYY-MM-DD, included' }) @IsCalendarDate() to: string;
}
