import { Type } from 'class-transformer';
import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
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
import { IsCalendarDate, IsOptionalNotNull } from '../../graphql/validators';
import { AchievementStatus, CooperationMode, Industry, IpType, NeedStatus } from '../../graphql/enums';

const KEY = /^[A-Za-z0-9_-]{1,64}$/;
const KEY_MESSAGE = { message: '$property must be 1-64 letters, digits, _ or -' };
const KEY_DESCRIPTION =
  'Your reference, unique within the organization; generated when absent (A-/N- and 8 characters)';

@InputType()
export class IpItemInput {
  @Field(() => IpType) @IsEnum(IpType) type: IpType;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(64) number?: string | null;
}

@InputType()
export class CreateAchievementInput {
  @Field(() => String, { nullable: true, description: KEY_DESCRIPTION }) @IsOptional() @Matches(KEY, KEY_MESSAGE) key?:
    string | null;
  @Field(() => ID, { nullable: true, description: 'Defaults to your organization; coordinators post for others' })
  @IsOptional()
  @IsUUID()
  orgId?: string;
  @Field() @IsString() @IsNotBlank() @MaxLength(200) title: string;
  @Field() @IsString() @IsNotBlank() @MaxLength(5000) summary: string;
  @Field(() => Industry) @IsEnum(Industry) industry: Industry;
  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotBlank({ each: true })
  @MaxLength(50, { each: true })
  keywords: string[];
  @Field(() => Int) @IsInt() @Min(1) @Max(9) trl: number;
  @Field(() => [IpItemInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => IpItemInput)
  ip: IpItemInput[];
  @Field(() => [CooperationMode])
  @IsArray()
  @ArrayMinSize(1)
  @IsEnum(CooperationMode, { each: true })
  cooperationModes: CooperationMode[];
  @Field(() => Float, { nullable: true, description: '万元; null for 面议' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(10_000_000)
  askingPriceWan?: number | null;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(200) team: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(500) contact: string;
  @Field(() => String, { nullable: true, description: 'Defaults to one year after publishing' })
  @IsOptional()
  @IsCalendarDate()
  validUntil?: string | null;
}

@InputType()
export class UpdateAchievementInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you read' }) @IsInt() @Min(1) version: number;
  @Field({ nullable: true }) @IsOptionalNotNull() @IsString() @IsNotBlank() @MaxLength(200) title?: string;
  @Field({ nullable: true }) @IsOptionalNotNull() @IsString() @IsNotBlank() @MaxLength(5000) summary?: string;
  @Field(() => Industry, { nullable: true }) @IsOptionalNotNull() @IsEnum(Industry) industry?: Industry;
  @Field(() => [String], { nullable: true })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotBlank({ each: true })
  @MaxLength(50, { each: true })
  keywords?: string[];
  @Field(() => Int, { nullable: true }) @IsOptionalNotNull() @IsInt() @Min(1) @Max(9) trl?: number;
  @Field(() => [IpItemInput], { nullable: true })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => IpItemInput)
  ip?: IpItemInput[];
  @Field(() => [CooperationMode], { nullable: true })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMinSize(1)
  @IsEnum(CooperationMode, { each: true })
  cooperationModes?: CooperationMode[];
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(0) @Max(10_000_000) askingPriceWan?:
    number | null;
  @Field({ nullable: true }) @IsOptionalNotNull() @IsString() @MaxLength(200) team?: string;
  @Field({ nullable: true }) @IsOptionalNotNull() @IsString() @MaxLength(500) contact?: string;
}

@InputType()
export class CreateNeedInput {
  @Field(() => String, { nullable: true, description: KEY_DESCRIPTION }) @IsOptional() @Matches(KEY, KEY_MESSAGE) key?:
    string | null;
  @Field(() => ID, { nullable: true, description: 'Defaults to your organization; coordinators post for others' })
  @IsOptional()
  @IsUUID()
  orgId?: string;
  @Field() @IsString() @IsNotBlank() @MaxLength(200) title: string;
  @Field() @IsString() @IsNotBlank() @MaxLength(5000) description: string;
  @Field(() => Industry) @IsEnum(Industry) industry: Industry;
  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotBlank({ each: true })
  @MaxLength(50, { each: true })
  keywords: string[];
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(9) minTrl?: number | null;
  @Field(() => Float, { nullable: true, description: '万元' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(10_000_000)
  budgetWan?: number | null;
  @Field(() => [CooperationMode])
  @IsArray()
  @ArrayMinSize(1)
  @IsEnum(CooperationMode, { each: true })
  cooperationModes: CooperationMode[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsCalendarDate() deadline?: string | null;
  @Field({ defaultValue: false }) @IsBoolean() confidential: boolean;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(500) contact: string;
}

@InputType()
export class UpdateNeedInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you read' }) @IsInt() @Min(1) version: number;
  @Field({ nullable: true }) @IsOptionalNotNull() @IsString() @IsNotBlank() @MaxLength(200) title?: string;
  @Field({ nullable: true }) @IsOptionalNotNull() @IsString() @IsNotBlank() @MaxLength(5000) description?: string;
  @Field(() => Industry, { nullable: true }) @IsOptionalNotNull() @IsEnum(Industry) industry?: Industry;
  @Field(() => [String], { nullable: true })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotBlank({ each: true })
  @MaxLength(50, { each: true })
  keywords?: string[];
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(9) minTrl?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(0) @Max(10_000_000) budgetWan?: number | null;
  @Field(() => [CooperationMode], { nullable: true })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMinSize(1)
  @IsEnum(CooperationMode, { each: true })
  cooperationModes?: CooperationMode[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsCalendarDate() deadline?: string | null;
  @Field({ nullable: true }) @IsOptionalNotNull() @IsBoolean() confidential?: boolean;
  @Field({ nullable: true }) @IsOptionalNotNull() @IsString() @MaxLength(500) contact?: string;
}

@InputType()
export class VersionedRefInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}

@InputType()
export class RenewAchievementInput extends VersionedRefInput {
  @Field(() => String, { nullable: true, description: 'Defaults to one year from today' })
  @IsOptional()
  @IsCalendarDate()
  validUntil?: string | null;
}

@InputType()
export class RenewNeedInput extends VersionedRefInput {
  @Field() @IsCalendarDate() deadline: string;
}

@InputType()
export class CatalogFilterInput {
  @Field(() => [Industry], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(Industry, { each: true })
  industries?: Industry[];
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  orgIds?: string[];
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(9) trlMin?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(9) trlMax?: number;
  @Field(() => [CooperationMode], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(CooperationMode, { each: true })
  cooperationModes?: CooperationMode[];
}

@InputType()
export class AchievementFilterInput extends CatalogFilterInput {
  @Field(() => [AchievementStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(AchievementStatus, { each: true })
  statuses?: AchievementStatus[];
}

@InputType()
export class NeedFilterInput extends CatalogFilterInput {
  @Field(() => [NeedStatus], { nullable: true, description: 'minTrl range for trlMin/trlMax' })
  @IsOptional()
  @IsArray()
  @IsEnum(NeedStatus, { each: true })
  statuses?: NeedStatus[];
}
