import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The `token` parameter of the link in the e-mail' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;
  @Field() @IsString() @IsNotEmpty() @MaxLength(200) password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field() @IsString() @IsNotEmpty() @MaxLength(200) currentPassword: string;
  @Field() @IsString() @IsNotEmpty() @MaxLength(200) newPassword: string;
}
