import { Type } from 'class-transformer';
import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsNotBlank } from '@app/core';
import { Attendance, MeetingOutcome } from '../models/event.model';
import { IsCalendarDate, IsOptionalNotNull } from '../../graphql/validators';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const TIME_MESSAGE = { message: '$property must be a time in HH:MM form' };
const SLOT_MESSAGE = { message: '$property must be 15, 20 or 30' };

@InputType()
export class TimeRangeInput {
  @Field() @Matches(TIME, TIME_MESSAGE) start: string;
  @Field() @Matches(TIME, TIME_MESSAGE) end: string;
}

@InputType()
export class EventTableInput {
  @Field() @IsString() @IsNotBlank() @MaxLength(50) name: string;
  @Field(() => Int, { defaultValue: 4 }) @IsInt() @Min(2) @Max(50) capacity: number;
}

@InputType()
export class RoadshowInput {
  @Field() @Matches(TIME, TIME_MESSAGE) start: string;
  @Field() @Matches(TIME, TIME_MESSAGE) end: string;
  @Field() @IsString() @IsNotBlank() @MaxLength(100) speaker: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(200) title: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() achievementId?: string | null;
}

@InputType()
export class CreateEventInput {
  @Field() @IsString() @IsNotBlank() @MaxLength(200) title: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(500) theme: string;
  @Field(() => [String], { description: 'The alliance, party branches, chain committees' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotBlank({ each: true })
  @MaxLength(100, { each: true })
  organisers: string[];
  @Field({ defaultValue: '' }) @IsString() @MaxLength(200) venue: string;
  @Field() @IsCalendarDate() date: string;
  @Field() @IsCalendarDate() registrationDeadline: string;
  @Field() @Matches(TIME, TIME_MESSAGE) dayStart: string;
  @Field() @Matches(TIME, TIME_MESSAGE) dayEnd: string;
  @Field(() => Int) @IsIn([15, 20, 30], SLOT_MESSAGE) slotMinutes: number;
  @Field(() => [TimeRangeInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => TimeRangeInput)
  breaks: TimeRangeInput[];
  @Field(() => [EventTableInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => EventTableInput)
  tables: EventTableInput[];
  @Field(() => [RoadshowInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RoadshowInput)
  roadshows: RoadshowInput[];
}

@InputType({ description: 'Date and grid change in DRAFT only, tables until scheduling' })
export class UpdateEventInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you read' }) @IsInt() @Min(1) version: number;
  @Field({ nullable: true }) @IsOptionalNotNull() @IsString() @IsNotBlank() @MaxLength(200) title?: string;
  @Field({ nullable: true }) @IsOptionalNotNull() @IsString() @MaxLength(500) theme?: string;
  @Field(() => [String], { nullable: true })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotBlank({ each: true })
  @MaxLength(100, { each: true })
  organisers?: string[];
  @Field({ nullable: true }) @IsOptionalNotNull() @IsString() @MaxLength(200) venue?: string;
  @Field({ nullable: true }) @IsOptionalNotNull() @IsCalendarDate() date?: string;
  @Field({ nullable: true }) @IsOptionalNotNull() @IsCalendarDate() registrationDeadline?: string;
  @Field({ nullable: true }) @IsOptionalNotNull() @Matches(TIME, TIME_MESSAGE) dayStart?: string;
  @Field({ nullable: true }) @IsOptionalNotNull() @Matches(TIME, TIME_MESSAGE) dayEnd?: string;
  @Field(() => Int, { nullable: true }) @IsOptionalNotNull() @IsIn([15, 20, 30], SLOT_MESSAGE) slotMinutes?: number;
  @Field(() => [TimeRangeInput], { nullable: true })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => TimeRangeInput)
  breaks?: TimeRangeInput[];
  @Field(() => [EventTableInput], { nullable: true })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => EventTableInput)
  tables?: EventTableInput[];
  @Field(() => [RoadshowInput], { nullable: true })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RoadshowInput)
  roadshows?: RoadshowInput[];
}

@InputType()
export class RegisterParticipantInput {
  @Field(() => ID) @IsUUID() eventId: string;
  @Field(() => ID, { nullable: true, description: 'Defaults to your organisation; coordinators register others' })
  @IsOptional()
  @IsUUID()
  orgId?: string;
  @Field(() => [ID], { nullable: true, description: 'People who come; defaults to you' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  userIds?: string[];
  @Field(() => [ID], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  unavailableSlotIds: string[];
  @Field(() => Int, { nullable: true, description: 'Defaults to one per slot' })
  @IsOptional()
  @IsInt()
  @Min(0)
  maxMeetings?: number;
}

@InputType()
export class SendMeetingRequestInput {
  @Field(() => ID) @IsUUID() eventId: string;
  @Field(() => ID) @IsUUID() toParticipantId: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(1000) message: string;
  @Field(() => Date, { nullable: true, description: 'Defaults to 72 hours, at the latest the event day' })
  @IsOptional()
  @IsDate()
  expiresAt?: Date | null;
}

@InputType()
export class RespondMeetingRequestInput {
  @Field(() => ID) @IsUUID() requestId: string;
  @Field() @IsBoolean() accept: boolean;
}

@InputType()
export class AddMeetingInput {
  @Field(() => ID) @IsUUID() eventId: string;
  @Field(() => ID) @IsUUID() participantA: string;
  @Field(() => ID) @IsUUID() participantB: string;
  @Field(() => Float, { nullable: true, description: 'Match score 0..1, e.g. from suggestMeetings; default 0.5' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  score?: number | null;
}

@InputType()
export class PlaceMeetingInput {
  @Field(() => ID) @IsUUID() requestId: string;
  @Field(() => ID) @IsUUID() slotId: string;
  @Field(() => ID) @IsUUID() tableId: string;
}

@InputType()
export class MoveMeetingInput {
  @Field(() => ID) @IsUUID() meetingId: string;
  @Field(() => ID) @IsUUID() slotId: string;
  @Field(() => ID) @IsUUID() tableId: string;
}

@InputType()
export class LockMeetingInput {
  @Field(() => ID) @IsUUID() meetingId: string;
  @Field({ defaultValue: true }) @IsBoolean() locked: boolean;
}

@InputType()
export class AttendanceInput {
  @Field(() => ID) @IsUUID() meetingId: string;
  @Field(() => Attendance) @IsEnum(Attendance) attendance: Attendance;
}

@InputType()
export class OutcomeInput {
  @Field(() => ID) @IsUUID() meetingId: string;
  @Field(() => MeetingOutcome) @IsEnum(MeetingOutcome) outcome: MeetingOutcome;
  @Field(() => String, {
    nullable: true,
    description: 'What was agreed, at most 1,000 characters; omitted keeps the note, blank clears it',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

@InputType()
export class CancelEventInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you read' }) @IsInt() @Min(1) version: number;
  @Field({ defaultValue: '', description: 'Shown to everyone registered' }) @IsString() @MaxLength(500) reason: string;
}

@InputType({
  description: 'A guest without an account: coordinators only; a phone number or an e-mail address is needed',
})
export class RegisterGuestInput {
  @Field(() => ID) @IsUUID() eventId: string;
  @Field() @IsString() @IsNotEmpty() @MaxLength(50) name: string;
  @Field() @IsString() @IsNotEmpty() @MaxLength(200) organisationName: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9][0-9 -]{5,19}$/, { message: '$property must be a phone number' })
  phone?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: '$property must be an e-mail address' })
  @MaxLength(200)
  email?: string | null;
  @Field(() => [ID], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  unavailableSlotIds: string[];
  @Field(() => Int, { nullable: true, description: 'Defaults to one per slot' })
  @IsOptional()
  @IsInt()
  @Min(0)
  maxMeetings?: number;
}
