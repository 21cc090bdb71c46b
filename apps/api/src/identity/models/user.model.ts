import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { UserEntity } from '@app/identity';
import { Role } from '../../graphql/enums';

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => Role) role: Role;
  @Field() active: boolean;
  @Field(() => Int) version: number;
  orgId: string;

  static from(e: UserEntity): UserModel {
    return Object.assign(new UserModel(), {
      id: e.id, email: e.email, displayName: e.displayName, role: e.role, orgId: e.orgId, version: e.version,
      active: e.invitationExpiresAt === null,
    });
  }
}

@ObjectType()
export class AuthPayload {
  @Field() accessToken: string;
  @Field() refreshToken: string;
  @Field(() => Int, { description: 'Access token lifetime in seconds' }) expiresIn: number;
  @Field(() => UserModel) user: UserModel;
}

@ObjectType()
export class InvitationPayload {
  @Field(() => UserModel) user: UserModel;
  @Field({ description: 'One-time token the invitee uses with acceptInvitation; shown once' }) invitationToken: string;
}
