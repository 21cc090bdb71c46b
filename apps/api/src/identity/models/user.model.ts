import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { UserEntity } from '@app/identity';
import { Role } from '../../graphql/enums';

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => Role) role: Role;
  @Field({ description: 'Invitation accepted and not deactivated' }) active: boolean;
  @Field({ description: "Manages the people of the user's organisation" }) orgAdmin: boolean;
  @Field(() => Date, { nullable: true }) deactivatedAt: Date | null;
  @Field(() => String, { description: 'zh-CN or en-US: the language of e-mails' }) locale: string;
  @Field(() => Int) version: number;
  orgId: string;

  static from(e: UserEntity): UserModel {
    return Object.assign(new UserModel(), {
      id: e.id,
      email: e.email,
      displayName: e.displayName,
      role: e.role,
      orgId: e.orgId,
      version: e.version,
      active: e.invitationExpiresAt === null && e.deactivatedAt === null,
      orgAdmin: e.orgAdmin,
      deactivatedAt: e.deactivatedAt,
      locale: e.locale,
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
  @Field(() => String, {
    nullable: true,
    description:
      'Only without SMTP_URL (development): the one-time token for acceptInvitation. Otherwise null: the link went by e-mail',
  })
  invitationToken: string | null;
}

@ObjectType()
export class InvitationModel {
  @Field(() => UserModel) user: UserModel;
  @Field() expiresAt: Date;
  @Field() expired: boolean;

  static from(e: UserEntity): InvitationModel {
    const expiresAt = e.invitationExpiresAt as Date;
    return Object.assign(new InvitationModel(), {
      user: UserModel.from(e),
      expiresAt,
      expired: expiresAt < new Date(),
    });
  }
}
