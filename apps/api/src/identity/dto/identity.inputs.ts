import { IsOptionalNotNull } from '../../graphql/validators';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { IsNotBlank } from '@app/core';
import { OrganizationKind, Role } from '../../graphql/enums';

@InputType()
export class LoginInput {
  @Field() @IsEmail() @MaxLength(200) email: string;
  @Field() @IsString() @IsNotEmpty() @MaxLength(200) password: string;
}

@InputType()
export class RefreshInput {
  @Field() @IsString() @IsNotEmpty() @MaxLength(200) refreshToken: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field() @IsString() @IsNotEmpty() @MaxLength(200) token: string;
  @Field() @IsString() @MinLength(10) @MaxLength(200) password: string;
}

@InputType()
export class CreateOrganizationInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^[A-Za-z0-9_-]{1,64}$/) key?: string | null;
  @Field() @IsString() @IsNotBlank() @MaxLength(200) name: string;
  @Field(() => OrganizationKind) @IsEnum(OrganizationKind) kind: OrganizationKind;
  @Field() @IsString() @MaxLength(100) region: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(18) creditCode?: string | null;
}

@InputType()
export class UpdateOrganizationInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you read; a newer one in the database is a CONFLICT' })
  @IsInt()
  @Min(1)
  version: number;
  @Field({ nullable: true }) @IsOptionalNotNull() @IsString() @IsNotBlank() @MaxLength(200) name?: string;
  @Field({ nullable: true }) @IsOptionalNotNull() @IsString() @MaxLength(100) region?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(18) creditCode?: string | null;
}

@InputType()
export class InviteUserInput {
  @Field(() => ID) @IsUUID() orgId: string;
  @Field() @IsEmail() @MaxLength(200) email: string;
  @Field() @IsString() @IsNotBlank() @MaxLength(100) displayName: string;
  @Field(() => Role) @IsEnum(Role) role: Role;
  @Field({ nullable: true, description: 'Also an organisation admin (universities and enterprises)' })
  @IsOptional()
  @IsBoolean()
  orgAdmin?: boolean;
}

@InputType()
export class UpdateUserAccessInput {
  @Field(() => ID) @IsUUID() userId: string;
  @Field(() => Role, { nullable: true }) @IsOptional() @IsEnum(Role) role?: Role;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() orgAdmin?: boolean;
}

@InputType()
export class UpdateProfileInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @IsNotBlank() @MaxLength(100) displayName?: string;
  @Field({ nullable: true, description: 'zh-CN or en-US' }) @IsOptional() @IsIn(['zh-CN', 'en-US']) locale?:
    'zh-CN' | 'en-US';
}
