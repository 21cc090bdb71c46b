/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation RecordAttendance($input: AttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      attendance\n      outcome\n      outcomeNote\n    }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  mutation RecordMeetingOutcome($input: OutcomeInput!) {\n    recordMeetingOutcome(input: $input) {\n      id\n      attendance\n      outcome\n      outcomeNote\n    }\n  }\n": typeof types.RecordMeetingOutcomeDocument,
    "\n  query MyProfile {\n    me {\n      id\n      email\n      displayName\n      locale\n      role\n      orgAdmin\n      version\n    }\n    myMailPreferences {\n      kind\n      mode\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      displayName\n      locale\n      version\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation SetMailPreference($input: SetMailPreferenceInput!) {\n    setMailPreference(input: $input) {\n      kind\n      mode\n    }\n  }\n": typeof types.SetMailPreferenceDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  fragment AchievementFields on Achievement {\n    id\n    key\n    title\n    summary\n    industry\n    trl\n    keywords\n    cooperationModes\n    askingPriceWan\n    team\n    contact\n    ip {\n      type\n      number\n    }\n    status\n    listed\n    publishedAt\n    validUntil\n    updatedAt\n    version\n    organization {\n      id\n      name\n      region\n    }\n  }\n": typeof types.AchievementFieldsFragmentDoc,
    "\n  query Achievements($first: Int!, $after: String, $filter: AchievementFilterInput) {\n    achievements(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...AchievementFields\n        }\n      }\n    }\n  }\n": typeof types.AchievementsDocument,
    "\n  query Achievement($id: ID!) {\n    achievement(id: $id) {\n      ...AchievementFields\n    }\n  }\n": typeof types.AchievementDocument,
    "\n  mutation CreateAchievement($input: CreateAchievementInput!) {\n    createAchievement(input: $input) {\n      ...AchievementFields\n    }\n  }\n": typeof types.CreateAchievementDocument,
    "\n  mutation UpdateAchievement($input: UpdateAchievementInput!) {\n    updateAchievement(input: $input) {\n      ...AchievementFields\n    }\n  }\n": typeof types.UpdateAchievementDocument,
    "\n  mutation PublishAchievement($input: VersionedRefInput!) {\n    publishAchievement(input: $input) {\n      ...AchievementFields\n    }\n  }\n": typeof types.PublishAchievementDocument,
    "\n  mutation ArchiveAchievement($input: VersionedRefInput!) {\n    archiveAchievement(input: $input) {\n      ...AchievementFields\n    }\n  }\n": typeof types.ArchiveAchievementDocument,
    "\n  mutation RenewAchievement($input: RenewAchievementInput!) {\n    renewAchievement(input: $input) {\n      ...AchievementFields\n    }\n  }\n": typeof types.RenewAchievementDocument,
    "\n  query Organizations($kind: OrganizationKind) {\n    organizations(kind: $kind) {\n      id\n      name\n      kind\n      region\n      creditCode\n      version\n    }\n  }\n": typeof types.OrganizationsDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      kind\n      region\n      version\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  query SearchIndexStatus {\n    searchIndexStatus {\n      engine\n      healthy\n      documents\n      pending\n      deadLetters\n      detail\n    }\n    searchDeadLetters {\n      entityType\n      entityId\n      attempts\n      failedAt\n      lastError\n    }\n  }\n": typeof types.SearchIndexStatusDocument,
    "\n  mutation RequeueSearchDeadLetters {\n    requeueSearchDeadLetters\n  }\n": typeof types.RequeueSearchDeadLettersDocument,
    "\n  query MailDeliveries($status: MailDeliveryStatus, $first: Int) {\n    mailDeliveries(status: $status, first: $first) {\n      id\n      kind\n      to\n      subject\n      status\n      attempts\n      createdAt\n      finishedAt\n      smtpResponse\n      lastError\n    }\n  }\n": typeof types.MailDeliveriesDocument,
    "\n  query EventAgenda($eventId: ID!, $participantId: ID) {\n    event(id: $eventId) {\n      id\n      title\n      venue\n      date\n      status\n    }\n    eventAgenda(eventId: $eventId, participantId: $participantId) {\n      eventId\n      date\n      published\n      participant {\n        id\n        displayName\n      }\n      meetings {\n        start\n        end\n        tableName\n        counterpart {\n          id\n          displayName\n        }\n        meeting {\n          id\n          attendance\n          outcome\n          outcomeNote\n        }\n      }\n      roadshows {\n        id\n        start\n        end\n        speaker\n        title\n      }\n    }\n  }\n": typeof types.EventAgendaDocument,
    "\n  query CalendarToken {\n    calendarTokenIssuedAt\n  }\n": typeof types.CalendarTokenDocument,
    "\n  mutation RegenerateCalendarToken {\n    regenerateCalendarToken {\n      path\n      createdAt\n    }\n  }\n": typeof types.RegenerateCalendarTokenDocument,
    "\n  mutation RevokeCalendarToken {\n    revokeCalendarToken\n  }\n": typeof types.RevokeCalendarTokenDocument,
    "\n  query PrintSchedule($eventId: ID!) {\n    event(id: $eventId) {\n      id\n      title\n      venue\n      date\n      status\n      slots {\n        id\n        start\n        end\n      }\n      tables {\n        id\n        name\n        capacity\n      }\n    }\n    eventMeetings(eventId: $eventId) {\n      id\n      requestId\n      slotId\n      tableId\n    }\n  }\n": typeof types.PrintScheduleDocument,
    "\n  query PrintPeople($eventId: ID!) {\n    meetingRequests(eventId: $eventId) {\n      id\n      fromParticipantId\n      toParticipantId\n    }\n    eventParticipants(eventId: $eventId) {\n      id\n      displayName\n    }\n  }\n": typeof types.PrintPeopleDocument,
    "\n  query ListingAuditTrail($kind: ListingKind!, $id: ID!, $first: Int) {\n    listingAuditTrail(kind: $kind, id: $id, first: $first) {\n      id\n      at\n      action\n      actorName\n      changes {\n        field\n        from\n        to\n      }\n    }\n  }\n": typeof types.ListingAuditTrailDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      email\n      displayName\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation SetMyName($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      displayName\n    }\n  }\n": typeof types.SetMyNameDocument,
    "\n  query CheckInRoster($eventId: ID!) {\n    event(id: $eventId) {\n      id\n      title\n      date\n      status\n    }\n    eventParticipants(eventId: $eventId) {\n      id\n      displayName\n      checkedInAt\n    }\n  }\n": typeof types.CheckInRosterDocument,
    "\n  query CheckInAgenda($eventId: ID!, $participantId: ID!) {\n    eventAgenda(eventId: $eventId, participantId: $participantId) {\n      participant {\n        id\n        displayName\n      }\n      meetings {\n        start\n        end\n        tableName\n        counterpart {\n          id\n          displayName\n        }\n        meeting {\n          id\n          attendance\n          outcome\n          outcomeNote\n        }\n      }\n    }\n  }\n": typeof types.CheckInAgendaDocument,
    "\n  mutation CheckInParticipant($participantId: ID!) {\n    checkInParticipant(participantId: $participantId) {\n      id\n      checkedInAt\n    }\n  }\n": typeof types.CheckInParticipantDocument,
    "\n  query MatchDashboard($from: String!, $to: String!) {\n    matchDashboard(from: $from, to: $to) {\n      from\n      to\n      total\n      acceptanceRate\n      medianHoursToAnswer\n      signedAmountWan\n      countsByStatus {\n        status\n        count\n      }\n      byIndustry {\n        key\n        label\n        total\n        acceptanceRate\n        signedAmountWan\n      }\n      byUniversity {\n        key\n        label\n        total\n        acceptanceRate\n        signedAmountWan\n      }\n      byEnterprise {\n        key\n        label\n        total\n        acceptanceRate\n        signedAmountWan\n      }\n    }\n  }\n": typeof types.MatchDashboardDocument,
    "\n  query EventAnalyticsPage($eventId: ID!) {\n    event(id: $eventId) {\n      id\n      title\n      status\n    }\n    eventAnalytics(eventId: $eventId) {\n      participants\n      checkedIn\n      requestsSent\n      requestsAccepted\n      coordinatorMeetings\n      meetingsScheduled\n      meetingsHeld\n      noShowRate\n      meetingsPerParticipant\n      outcomes {\n        outcome\n        count\n      }\n      perParticipant {\n        participantId\n        meetings\n      }\n      matchesAdvanced {\n        total\n        byStage {\n          stage\n          count\n        }\n      }\n    }\n  }\n": typeof types.EventAnalyticsPageDocument,
    "\n  query EventAnalyticsNames($eventId: ID!) {\n    eventParticipants(eventId: $eventId) {\n      id\n      displayName\n    }\n  }\n": typeof types.EventAnalyticsNamesDocument,
    "\n  fragment EventFields on Event {\n    id\n    title\n    theme\n    organisers\n    venue\n    date\n    registrationDeadline\n    dayStart\n    dayEnd\n    slotMinutes\n    status\n    version\n    rosterVersion\n    cancelReason\n    breaks {\n      start\n      end\n    }\n    tables {\n      id\n      name\n      capacity\n    }\n    slots {\n      id\n      position\n      start\n      end\n    }\n    roadshows {\n      id\n      title\n      speaker\n      start\n      end\n      achievementId\n    }\n  }\n": typeof types.EventFieldsFragmentDoc,
    "\n  fragment EventParticipantFields on EventParticipant {\n    id\n    displayName\n    orgId\n    maxMeetings\n    checkedInAt\n    unavailableSlotIds\n    userIds\n    organization {\n      kind\n    }\n    guest {\n      phone\n      email\n    }\n  }\n": typeof types.EventParticipantFieldsFragmentDoc,
    "\n  fragment MeetingRequestFields on MeetingRequest {\n    id\n    eventId\n    fromParticipantId\n    toParticipantId\n    status\n    source\n    message\n    score\n    createdAt\n    expiresAt\n    unscheduledCode\n    unscheduledReason\n  }\n": typeof types.MeetingRequestFieldsFragmentDoc,
    "\n  query Events($statuses: [EventStatus!]) {\n    events(statuses: $statuses) {\n      id\n      title\n      date\n      venue\n      registrationDeadline\n      status\n    }\n  }\n": typeof types.EventsDocument,
    "\n  query Event($id: ID!) {\n    event(id: $id) {\n      ...EventFields\n    }\n  }\n": typeof types.EventDocument,
    "\n  query EventParticipants($eventId: ID!) {\n    eventParticipants(eventId: $eventId) {\n      ...EventParticipantFields\n    }\n  }\n": typeof types.EventParticipantsDocument,
    "\n  query EventMeetingRequests($eventId: ID!) {\n    meetingRequests(eventId: $eventId) {\n      ...MeetingRequestFields\n    }\n  }\n": typeof types.EventMeetingRequestsDocument,
    "\n  query SuggestMeetings($eventId: ID!, $first: Int!) {\n    suggestMeetings(eventId: $eventId, first: $first) {\n      achievementId\n      needId\n      enterpriseParticipantId\n      instituteParticipantId\n      score\n      reasons\n      need {\n        id\n        title\n      }\n      achievement {\n        id\n        title\n      }\n    }\n  }\n": typeof types.SuggestMeetingsDocument,
    "\n  query ParticipantListings($orgIds: [ID!]!) {\n    achievements(first: 100, filter: { orgIds: $orgIds, statuses: [PUBLISHED] }) {\n      edges {\n        node {\n          id\n          title\n          organization {\n            id\n          }\n        }\n      }\n    }\n    needs(first: 100, filter: { orgIds: $orgIds, statuses: [OPEN] }) {\n      edges {\n        node {\n          id\n          title\n          organization {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ParticipantListingsDocument,
    "\n  query EventOrganizations {\n    organizations {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.EventOrganizationsDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...EventFields\n    }\n  }\n": typeof types.CreateEventDocument,
    "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      ...EventFields\n    }\n  }\n": typeof types.UpdateEventDocument,
    "\n  mutation OpenEvent($input: VersionedRefInput!) {\n    openEvent(input: $input) {\n      ...EventFields\n    }\n  }\n": typeof types.OpenEventDocument,
    "\n  mutation PublishEvent($input: VersionedRefInput!) {\n    publishEvent(input: $input) {\n      ...EventFields\n    }\n  }\n": typeof types.PublishEventDocument,
    "\n  mutation CloseEvent($input: VersionedRefInput!) {\n    closeEvent(input: $input) {\n      ...EventFields\n    }\n  }\n": typeof types.CloseEventDocument,
    "\n  mutation CancelEvent($input: CancelEventInput!) {\n    cancelEvent(input: $input) {\n      ...EventFields\n    }\n  }\n": typeof types.CancelEventDocument,
    "\n  mutation DeleteEvent($input: VersionedRefInput!) {\n    deleteEvent(input: $input)\n  }\n": typeof types.DeleteEventDocument,
    "\n  mutation ScheduleEventFromConsole($eventId: ID!) {\n    scheduleEvent(eventId: $eventId) {\n      requests\n      scheduled\n      locked\n      moved\n    }\n  }\n": typeof types.ScheduleEventFromConsoleDocument,
    "\n  mutation RegisterParticipant($input: RegisterParticipantInput!) {\n    registerParticipant(input: $input) {\n      ...EventParticipantFields\n    }\n  }\n": typeof types.RegisterParticipantDocument,
    "\n  mutation RegisterGuest($input: RegisterGuestInput!) {\n    registerGuest(input: $input) {\n      ...EventParticipantFields\n    }\n  }\n": typeof types.RegisterGuestDocument,
    "\n  mutation SendMeetingRequest($input: SendMeetingRequestInput!) {\n    sendMeetingRequest(input: $input) {\n      ...MeetingRequestFields\n    }\n  }\n": typeof types.SendMeetingRequestDocument,
    "\n  mutation RespondMeetingRequest($input: RespondMeetingRequestInput!) {\n    respondToMeetingRequest(input: $input) {\n      ...MeetingRequestFields\n    }\n  }\n": typeof types.RespondMeetingRequestDocument,
    "\n  mutation AddMeeting($input: AddMeetingInput!) {\n    addMeeting(input: $input) {\n      ...MeetingRequestFields\n    }\n  }\n": typeof types.AddMeetingDocument,
    "\n  query EventOrgUsers($orgId: ID!) {\n    users(orgId: $orgId) {\n      id\n      displayName\n    }\n  }\n": typeof types.EventOrgUsersDocument,
    "\n  fragment MatchRequestFields on MatchRequest {\n    id\n    direction\n    side\n    status\n    message\n    createdAt\n    answeredAt\n    expiresAt\n    declineReason\n    declineNote\n    closeReason\n    contractAmountWan\n    contractNumber\n    enterpriseLabel\n    version\n    achievement {\n      id\n      title\n      organization {\n        id\n        name\n      }\n    }\n    need {\n      id\n      title\n      teaser\n    }\n    university {\n      id\n      name\n    }\n    contacts {\n      achievementContact\n      needContact\n      requester {\n        name\n        email\n      }\n      responder {\n        name\n        email\n      }\n    }\n  }\n": typeof types.MatchRequestFieldsFragmentDoc,
    "\n  query MatchRequests($first: Int!, $after: String, $filter: MatchRequestFilterInput) {\n    matchRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...MatchRequestFields\n        }\n      }\n    }\n  }\n": typeof types.MatchRequestsDocument,
    "\n  query MatchRequest($id: ID!) {\n    matchRequest(id: $id) {\n      ...MatchRequestFields\n    }\n  }\n": typeof types.MatchRequestDocument,
    "\n  mutation RequestMatch($input: RequestMatchInput!) {\n    requestMatch(input: $input) {\n      ...MatchRequestFields\n    }\n  }\n": typeof types.RequestMatchDocument,
    "\n  mutation ProposeMatch($input: ProposeMatchInput!) {\n    proposeMatch(input: $input) {\n      ...MatchRequestFields\n    }\n  }\n": typeof types.ProposeMatchDocument,
    "\n  mutation AcceptMatchRequest($input: VersionedRefInput!) {\n    acceptMatchRequest(input: $input) {\n      ...MatchRequestFields\n    }\n  }\n": typeof types.AcceptMatchRequestDocument,
    "\n  mutation DeclineMatchRequest($input: DeclineMatchRequestInput!) {\n    declineMatchRequest(input: $input) {\n      ...MatchRequestFields\n    }\n  }\n": typeof types.DeclineMatchRequestDocument,
    "\n  mutation WithdrawMatchRequest($input: VersionedRefInput!) {\n    withdrawMatchRequest(input: $input) {\n      ...MatchRequestFields\n    }\n  }\n": typeof types.WithdrawMatchRequestDocument,
    "\n  mutation AdvanceMatchRequest($input: AdvanceMatchRequestInput!) {\n    advanceMatchRequest(input: $input) {\n      ...MatchRequestFields\n    }\n  }\n": typeof types.AdvanceMatchRequestDocument,
    "\n  mutation CloseMatchRequest($input: CloseMatchRequestInput!) {\n    closeMatchRequest(input: $input) {\n      ...MatchRequestFields\n    }\n  }\n": typeof types.CloseMatchRequestDocument,
    "\n  query MyOpenNeeds($orgId: ID!) {\n    needs(first: 100, filter: { orgIds: [$orgId], statuses: [OPEN] }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.MyOpenNeedsDocument,
    "\n  query MyPublishedAchievements($orgId: ID!) {\n    achievements(first: 100, filter: { orgIds: [$orgId], statuses: [PUBLISHED] }) {\n      edges {\n        node {\n          id\n          title\n          listed\n        }\n      }\n    }\n  }\n": typeof types.MyPublishedAchievementsDocument,
    "\n  query MatchesForNeed($needId: ID!, $first: Int!) {\n    matchesForNeed(needId: $needId, first: $first) {\n      score\n      reasons {\n        factor\n        contribution\n        message\n      }\n      achievement {\n        id\n        title\n        industry\n        trl\n        askingPriceWan\n        organization {\n          id\n          name\n        }\n      }\n      need {\n        id\n        title\n      }\n    }\n  }\n": typeof types.MatchesForNeedDocument,
    "\n  query MatchesForAchievement($achievementId: ID!, $first: Int!) {\n    matchesForAchievement(achievementId: $achievementId, first: $first) {\n      score\n      reasons {\n        factor\n        contribution\n        message\n      }\n      achievement {\n        id\n        title\n      }\n      need {\n        id\n        title\n        industry\n        minTrl\n        budgetWan\n        ownerLabel\n        teaser\n      }\n    }\n  }\n": typeof types.MatchesForAchievementDocument,
    "\n  query Members($orgId: ID!) {\n    organization(id: $orgId) {\n      id\n      name\n      kind\n    }\n    users(orgId: $orgId) {\n      id\n      email\n      displayName\n      role\n      orgAdmin\n      active\n      deactivatedAt\n    }\n    invitations(orgId: $orgId) {\n      expired\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  mutation InviteMember($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      invitationToken\n      user {\n        id\n      }\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      invitationToken\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation ReissueInvitation($userId: ID!) {\n    reissueInvitation(userId: $userId) {\n      invitationToken\n    }\n  }\n": typeof types.ReissueInvitationDocument,
    "\n  mutation RevokeInvitation($userId: ID!) {\n    revokeInvitation(userId: $userId)\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      id\n      active\n      deactivatedAt\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      active\n      deactivatedAt\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  mutation UpdateUserAccess($input: UpdateUserAccessInput!) {\n    updateUserAccess(input: $input) {\n      id\n      role\n      orgAdmin\n    }\n  }\n": typeof types.UpdateUserAccessDocument,
    "\n  fragment NeedFields on Need {\n    id\n    key\n    title\n    description\n    industry\n    keywords\n    cooperationModes\n    minTrl\n    budgetWan\n    deadline\n    confidential\n    contact\n    status\n    teaser\n    ownerLabel\n    updatedAt\n    version\n    organization {\n      id\n      name\n      region\n    }\n  }\n": typeof types.NeedFieldsFragmentDoc,
    "\n  query Needs($first: Int!, $after: String, $filter: NeedFilterInput) {\n    needs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...NeedFields\n        }\n      }\n    }\n  }\n": typeof types.NeedsDocument,
    "\n  query Need($id: ID!) {\n    need(id: $id) {\n      ...NeedFields\n    }\n  }\n": typeof types.NeedDocument,
    "\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n": typeof types.CreateNeedDocument,
    "\n  mutation UpdateNeed($input: UpdateNeedInput!) {\n    updateNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n": typeof types.UpdateNeedDocument,
    "\n  mutation OpenNeed($input: VersionedRefInput!) {\n    openNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n": typeof types.OpenNeedDocument,
    "\n  mutation CloseNeed($input: VersionedRefInput!) {\n    closeNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n": typeof types.CloseNeedDocument,
    "\n  mutation RenewNeed($input: RenewNeedInput!) {\n    renewNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n": typeof types.RenewNeedDocument,
    "\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      id\n      kind\n      message\n      read\n      createdAt\n      matchRequestId\n      link\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation RegisterEnterprise($input: RegisterEnterpriseInput!) {\n    registerEnterprise(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RegisterEnterpriseDocument,
    "\n  query RegistrationApplications($status: RegistrationStatus) {\n    registrationApplications(status: $status) {\n      id\n      orgName\n      creditCode\n      region\n      contactName\n      contactEmail\n      contactPhone\n      status\n      reason\n      createdAt\n      decidedAt\n      version\n    }\n  }\n": typeof types.RegistrationApplicationsDocument,
    "\n  mutation ApproveRegistration($input: DecideRegistrationInput!) {\n    approveRegistration(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ApproveRegistrationDocument,
    "\n  mutation RejectRegistration($input: RejectRegistrationInput!) {\n    rejectRegistration(input: $input) {\n      id\n      status\n      reason\n      version\n    }\n  }\n": typeof types.RejectRegistrationDocument,
    "\n  query ScheduleBoard($eventId: ID!) {\n    event(id: $eventId) {\n      id\n      title\n      date\n      status\n      version\n      slots {\n        id\n        position\n        start\n        end\n      }\n      tables {\n        id\n        name\n        capacity\n      }\n    }\n    eventMeetings(eventId: $eventId) {\n      ...BoardMeetingFields\n    }\n  }\n": typeof types.ScheduleBoardDocument,
    "\n  query ScheduleBoardPeople($eventId: ID!) {\n    meetingRequests(eventId: $eventId) {\n      id\n      fromParticipantId\n      toParticipantId\n      status\n      score\n      unscheduledCode\n      unscheduledReason\n    }\n    eventParticipants(eventId: $eventId) {\n      id\n      displayName\n      orgId\n      checkedInAt\n    }\n  }\n": typeof types.ScheduleBoardPeopleDocument,
    "\n  fragment BoardMeetingFields on Meeting {\n    id\n    eventId\n    requestId\n    slotId\n    tableId\n    locked\n    attendance\n    outcome\n    outcomeNote\n  }\n": typeof types.BoardMeetingFieldsFragmentDoc,
    "\n  query MeetingPlaces($requestId: ID!) {\n    meetingPlaces(requestId: $requestId) {\n      slotId\n      tableId\n    }\n  }\n": typeof types.MeetingPlacesDocument,
    "\n  mutation MoveMeeting($input: MoveMeetingInput!) {\n    moveMeeting(input: $input) {\n      ...BoardMeetingFields\n    }\n  }\n": typeof types.MoveMeetingDocument,
    "\n  mutation PlaceMeeting($input: PlaceMeetingInput!) {\n    placeMeeting(input: $input) {\n      ...BoardMeetingFields\n    }\n  }\n": typeof types.PlaceMeetingDocument,
    "\n  mutation LockMeeting($input: LockMeetingInput!) {\n    lockMeeting(input: $input) {\n      ...BoardMeetingFields\n    }\n  }\n": typeof types.LockMeetingDocument,
    "\n  mutation UnscheduleMeeting($meetingId: ID!) {\n    unscheduleMeeting(meetingId: $meetingId)\n  }\n": typeof types.UnscheduleMeetingDocument,
    "\n  mutation ScheduleEventFromBoard($eventId: ID!) {\n    scheduleEvent(eventId: $eventId) {\n      requests\n      scheduled\n      locked\n      moved\n    }\n  }\n": typeof types.ScheduleEventFromBoardDocument,
    "\n  query Search($input: SearchInput!) {\n    search(input: $input) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        name\n        values {\n          value\n          count\n        }\n      }\n      hits {\n        key\n        kind\n        score\n        titleHighlight\n        summaryHighlight\n        achievement {\n          id\n          title\n          industry\n          trl\n          askingPriceWan\n          cooperationModes\n          organization {\n            id\n            name\n          }\n        }\n        need {\n          id\n          title\n          industry\n          minTrl\n          budgetWan\n          ownerLabel\n          teaser\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query VocabularyGroups($filter: VocabularyFilterInput, $offset: Int, $first: Int) {\n    vocabularyGroups(filter: $filter, offset: $offset, first: $first) {\n      total\n      items {\n        id\n        terms\n        kind\n        industry\n        source\n        origin\n        oneWayFrom\n        enabled\n        version\n      }\n    }\n  }\n": typeof types.VocabularyGroupsDocument,
    "\n  mutation AddVocabularyGroup($input: VocabularyGroupInput!) {\n    addVocabularyGroup(input: $input) {\n      id\n      terms\n      version\n    }\n  }\n": typeof types.AddVocabularyGroupDocument,
    "\n  mutation UpdateVocabularyGroup($id: ID!, $version: Int!, $input: VocabularyGroupInput!) {\n    updateVocabularyGroup(id: $id, version: $version, input: $input) {\n      id\n      terms\n      version\n    }\n  }\n": typeof types.UpdateVocabularyGroupDocument,
    "\n  mutation RemoveVocabularyGroup($id: ID!) {\n    removeVocabularyGroup(id: $id)\n  }\n": typeof types.RemoveVocabularyGroupDocument,
    "\n  mutation SetShippedVocabularyGroupEnabled($id: ID!, $enabled: Boolean!) {\n    setShippedVocabularyGroupEnabled(id: $id, enabled: $enabled) {\n      id\n      enabled\n    }\n  }\n": typeof types.SetShippedVocabularyGroupEnabledDocument,
};
const documents: Documents = {
    "\n  mutation RecordAttendance($input: AttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      attendance\n      outcome\n      outcomeNote\n    }\n  }\n": types.RecordAttendanceDocument,
    "\n  mutation RecordMeetingOutcome($input: OutcomeInput!) {\n    recordMeetingOutcome(input: $input) {\n      id\n      attendance\n      outcome\n      outcomeNote\n    }\n  }\n": types.RecordMeetingOutcomeDocument,
    "\n  query MyProfile {\n    me {\n      id\n      email\n      displayName\n      locale\n      role\n      orgAdmin\n      version\n    }\n    myMailPreferences {\n      kind\n      mode\n    }\n  }\n": types.MyProfileDocument,
    "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      displayName\n      locale\n      version\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation SetMailPreference($input: SetMailPreferenceInput!) {\n    setMailPreference(input: $input) {\n      kind\n      mode\n    }\n  }\n": types.SetMailPreferenceDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  fragment AchievementFields on Achievement {\n    id\n    key\n    title\n    summary\n    industry\n    trl\n    keywords\n    cooperationModes\n    askingPriceWan\n    team\n    contact\n    ip {\n      type\n      number\n    }\n    status\n    listed\n    publishedAt\n    validUntil\n    updatedAt\n    version\n    organization {\n      id\n      name\n      region\n    }\n  }\n": types.AchievementFieldsFragmentDoc,
    "\n  query Achievements($first: Int!, $after: String, $filter: AchievementFilterInput) {\n    achievements(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...AchievementFields\n        }\n      }\n    }\n  }\n": types.AchievementsDocument,
    "\n  query Achievement($id: ID!) {\n    achievement(id: $id) {\n      ...AchievementFields\n    }\n  }\n": types.AchievementDocument,
    "\n  mutation CreateAchievement($input: CreateAchievementInput!) {\n    createAchievement(input: $input) {\n      ...AchievementFields\n    }\n  }\n": types.CreateAchievementDocument,
    "\n  mutation UpdateAchievement($input: UpdateAchievementInput!) {\n    updateAchievement(input: $input) {\n      ...AchievementFields\n    }\n  }\n": types.UpdateAchievementDocument,
    "\n  mutation PublishAchievement($input: VersionedRefInput!) {\n    publishAchievement(input: $input) {\n      ...AchievementFields\n    }\n  }\n": types.PublishAchievementDocument,
    "\n  mutation ArchiveAchievement($input: VersionedRefInput!) {\n    archiveAchievement(input: $input) {\n      ...AchievementFields\n    }\n  }\n": types.ArchiveAchievementDocument,
    "\n  mutation RenewAchievement($input: RenewAchievementInput!) {\n    renewAchievement(input: $input) {\n      ...AchievementFields\n    }\n  }\n": types.RenewAchievementDocument,
    "\n  query Organizations($kind: OrganizationKind) {\n    organizations(kind: $kind) {\n      id\n      name\n      kind\n      region\n      creditCode\n      version\n    }\n  }\n": types.OrganizationsDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      kind\n      region\n      version\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  query SearchIndexStatus {\n    searchIndexStatus {\n      engine\n      healthy\n      documents\n      pending\n      deadLetters\n      detail\n    }\n    searchDeadLetters {\n      entityType\n      entityId\n      attempts\n      failedAt\n      lastError\n    }\n  }\n": types.SearchIndexStatusDocument,
    "\n  mutation RequeueSearchDeadLetters {\n    requeueSearchDeadLetters\n  }\n": types.RequeueSearchDeadLettersDocument,
    "\n  query MailDeliveries($status: MailDeliveryStatus, $first: Int) {\n    mailDeliveries(status: $status, first: $first) {\n      id\n      kind\n      to\n      subject\n      status\n      attempts\n      createdAt\n      finishedAt\n      smtpResponse\n      lastError\n    }\n  }\n": types.MailDeliveriesDocument,
    "\n  query EventAgenda($eventId: ID!, $participantId: ID) {\n    event(id: $eventId) {\n      id\n      title\n      venue\n      date\n      status\n    }\n    eventAgenda(eventId: $eventId, participantId: $participantId) {\n      eventId\n      date\n      published\n      participant {\n        id\n        displayName\n      }\n      meetings {\n        start\n        end\n        tableName\n        counterpart {\n          id\n          displayName\n        }\n        meeting {\n          id\n          attendance\n          outcome\n          outcomeNote\n        }\n      }\n      roadshows {\n        id\n        start\n        end\n        speaker\n        title\n      }\n    }\n  }\n": types.EventAgendaDocument,
    "\n  query CalendarToken {\n    calendarTokenIssuedAt\n  }\n": types.CalendarTokenDocument,
    "\n  mutation RegenerateCalendarToken {\n    regenerateCalendarToken {\n      path\n      createdAt\n    }\n  }\n": types.RegenerateCalendarTokenDocument,
    "\n  mutation RevokeCalendarToken {\n    revokeCalendarToken\n  }\n": types.RevokeCalendarTokenDocument,
    "\n  query PrintSchedule($eventId: ID!) {\n    event(id: $eventId) {\n      id\n      title\n      venue\n      date\n      status\n      slots {\n        id\n        start\n        end\n      }\n      tables {\n        id\n        name\n        capacity\n      }\n    }\n    eventMeetings(eventId: $eventId) {\n      id\n      requestId\n      slotId\n      tableId\n    }\n  }\n": types.PrintScheduleDocument,
    "\n  query PrintPeople($eventId: ID!) {\n    meetingRequests(eventId: $eventId) {\n      id\n      fromParticipantId\n      toParticipantId\n    }\n    eventParticipants(eventId: $eventId) {\n      id\n      displayName\n    }\n  }\n": types.PrintPeopleDocument,
    "\n  query ListingAuditTrail($kind: ListingKind!, $id: ID!, $first: Int) {\n    listingAuditTrail(kind: $kind, id: $id, first: $first) {\n      id\n      at\n      action\n      actorName\n      changes {\n        field\n        from\n        to\n      }\n    }\n  }\n": types.ListingAuditTrailDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      email\n      displayName\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation SetMyName($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      displayName\n    }\n  }\n": types.SetMyNameDocument,
    "\n  query CheckInRoster($eventId: ID!) {\n    event(id: $eventId) {\n      id\n      title\n      date\n      status\n    }\n    eventParticipants(eventId: $eventId) {\n      id\n      displayName\n      checkedInAt\n    }\n  }\n": types.CheckInRosterDocument,
    "\n  query CheckInAgenda($eventId: ID!, $participantId: ID!) {\n    eventAgenda(eventId: $eventId, participantId: $participantId) {\n      participant {\n        id\n        displayName\n      }\n      meetings {\n        start\n        end\n        tableName\n        counterpart {\n          id\n          displayName\n        }\n        meeting {\n          id\n          attendance\n          outcome\n          outcomeNote\n        }\n      }\n    }\n  }\n": types.CheckInAgendaDocument,
    "\n  mutation CheckInParticipant($participantId: ID!) {\n    checkInParticipant(participantId: $participantId) {\n      id\n      checkedInAt\n    }\n  }\n": types.CheckInParticipantDocument,
    "\n  query MatchDashboard($from: String!, $to: String!) {\n    matchDashboard(from: $from, to: $to) {\n      from\n      to\n      total\n      acceptanceRate\n      medianHoursToAnswer\n      signedAmountWan\n      countsByStatus {\n        status\n        count\n      }\n      byIndustry {\n        key\n        label\n        total\n        acceptanceRate\n        signedAmountWan\n      }\n      byUniversity {\n        key\n        label\n        total\n        acceptanceRate\n        signedAmountWan\n      }\n      byEnterprise {\n        key\n        label\n        total\n        acceptanceRate\n        signedAmountWan\n      }\n    }\n  }\n": types.MatchDashboardDocument,
    "\n  query EventAnalyticsPage($eventId: ID!) {\n    event(id: $eventId) {\n      id\n      title\n      status\n    }\n    eventAnalytics(eventId: $eventId) {\n      participants\n      checkedIn\n      requestsSent\n      requestsAccepted\n      coordinatorMeetings\n      meetingsScheduled\n      meetingsHeld\n      noShowRate\n      meetingsPerParticipant\n      outcomes {\n        outcome\n        count\n      }\n      perParticipant {\n        participantId\n        meetings\n      }\n      matchesAdvanced {\n        total\n        byStage {\n          stage\n          count\n        }\n      }\n    }\n  }\n": types.EventAnalyticsPageDocument,
    "\n  query EventAnalyticsNames($eventId: ID!) {\n    eventParticipants(eventId: $eventId) {\n      id\n      displayName\n    }\n  }\n": types.EventAnalyticsNamesDocument,
    "\n  fragment EventFields on Event {\n    id\n    title\n    theme\n    organisers\n    venue\n    date\n    registrationDeadline\n    dayStart\n    dayEnd\n    slotMinutes\n    status\n    version\n    rosterVersion\n    cancelReason\n    breaks {\n      start\n      end\n    }\n    tables {\n      id\n      name\n      capacity\n    }\n    slots {\n      id\n      position\n      start\n      end\n    }\n    roadshows {\n      id\n      title\n      speaker\n      start\n      end\n      achievementId\n    }\n  }\n": types.EventFieldsFragmentDoc,
    "\n  fragment EventParticipantFields on EventParticipant {\n    id\n    displayName\n    orgId\n    maxMeetings\n    checkedInAt\n    unavailableSlotIds\n    userIds\n    organization {\n      kind\n    }\n    guest {\n      phone\n      email\n    }\n  }\n": types.EventParticipantFieldsFragmentDoc,
    "\n  fragment MeetingRequestFields on MeetingRequest {\n    id\n    eventId\n    fromParticipantId\n    toParticipantId\n    status\n    source\n    message\n    score\n    createdAt\n    expiresAt\n    unscheduledCode\n    unscheduledReason\n  }\n": types.MeetingRequestFieldsFragmentDoc,
    "\n  query Events($statuses: [EventStatus!]) {\n    events(statuses: $statuses) {\n      id\n      title\n      date\n      venue\n      registrationDeadline\n      status\n    }\n  }\n": types.EventsDocument,
    "\n  query Event($id: ID!) {\n    event(id: $id) {\n      ...EventFields\n    }\n  }\n": types.EventDocument,
    "\n  query EventParticipants($eventId: ID!) {\n    eventParticipants(eventId: $eventId) {\n      ...EventParticipantFields\n    }\n  }\n": types.EventParticipantsDocument,
    "\n  query EventMeetingRequests($eventId: ID!) {\n    meetingRequests(eventId: $eventId) {\n      ...MeetingRequestFields\n    }\n  }\n": types.EventMeetingRequestsDocument,
    "\n  query SuggestMeetings($eventId: ID!, $first: Int!) {\n    suggestMeetings(eventId: $eventId, first: $first) {\n      achievementId\n      needId\n      enterpriseParticipantId\n      instituteParticipantId\n      score\n      reasons\n      need {\n        id\n        title\n      }\n      achievement {\n        id\n        title\n      }\n    }\n  }\n": types.SuggestMeetingsDocument,
    "\n  query ParticipantListings($orgIds: [ID!]!) {\n    achievements(first: 100, filter: { orgIds: $orgIds, statuses: [PUBLISHED] }) {\n      edges {\n        node {\n          id\n          title\n          organization {\n            id\n          }\n        }\n      }\n    }\n    needs(first: 100, filter: { orgIds: $orgIds, statuses: [OPEN] }) {\n      edges {\n        node {\n          id\n          title\n          organization {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ParticipantListingsDocument,
    "\n  query EventOrganizations {\n    organizations {\n      id\n      name\n      kind\n    }\n  }\n": types.EventOrganizationsDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...EventFields\n    }\n  }\n": types.CreateEventDocument,
    "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      ...EventFields\n    }\n  }\n": types.UpdateEventDocument,
    "\n  mutation OpenEvent($input: VersionedRefInput!) {\n    openEvent(input: $input) {\n      ...EventFields\n    }\n  }\n": types.OpenEventDocument,
    "\n  mutation PublishEvent($input: VersionedRefInput!) {\n    publishEvent(input: $input) {\n      ...EventFields\n    }\n  }\n": types.PublishEventDocument,
    "\n  mutation CloseEvent($input: VersionedRefInput!) {\n    closeEvent(input: $input) {\n      ...EventFields\n    }\n  }\n": types.CloseEventDocument,
    "\n  mutation CancelEvent($input: CancelEventInput!) {\n    cancelEvent(input: $input) {\n      ...EventFields\n    }\n  }\n": types.CancelEventDocument,
    "\n  mutation DeleteEvent($input: VersionedRefInput!) {\n    deleteEvent(input: $input)\n  }\n": types.DeleteEventDocument,
    "\n  mutation ScheduleEventFromConsole($eventId: ID!) {\n    scheduleEvent(eventId: $eventId) {\n      requests\n      scheduled\n      locked\n      moved\n    }\n  }\n": types.ScheduleEventFromConsoleDocument,
    "\n  mutation RegisterParticipant($input: RegisterParticipantInput!) {\n    registerParticipant(input: $input) {\n      ...EventParticipantFields\n    }\n  }\n": types.RegisterParticipantDocument,
    "\n  mutation RegisterGuest($input: RegisterGuestInput!) {\n    registerGuest(input: $input) {\n      ...EventParticipantFields\n    }\n  }\n": types.RegisterGuestDocument,
    "\n  mutation SendMeetingRequest($input: SendMeetingRequestInput!) {\n    sendMeetingRequest(input: $input) {\n      ...MeetingRequestFields\n    }\n  }\n": types.SendMeetingRequestDocument,
    "\n  mutation RespondMeetingRequest($input: RespondMeetingRequestInput!) {\n    respondToMeetingRequest(input: $input) {\n      ...MeetingRequestFields\n    }\n  }\n": types.RespondMeetingRequestDocument,
    "\n  mutation AddMeeting($input: AddMeetingInput!) {\n    addMeeting(input: $input) {\n      ...MeetingRequestFields\n    }\n  }\n": types.AddMeetingDocument,
    "\n  query EventOrgUsers($orgId: ID!) {\n    users(orgId: $orgId) {\n      id\n      displayName\n    }\n  }\n": types.EventOrgUsersDocument,
    "\n  fragment MatchRequestFields on MatchRequest {\n    id\n    direction\n    side\n    status\n    message\n    createdAt\n    answeredAt\n    expiresAt\n    declineReason\n    declineNote\n    closeReason\n    contractAmountWan\n    contractNumber\n    enterpriseLabel\n    version\n    achievement {\n      id\n      title\n      organization {\n        id\n        name\n      }\n    }\n    need {\n      id\n      title\n      teaser\n    }\n    university {\n      id\n      name\n    }\n    contacts {\n      achievementContact\n      needContact\n      requester {\n        name\n        email\n      }\n      responder {\n        name\n        email\n      }\n    }\n  }\n": types.MatchRequestFieldsFragmentDoc,
    "\n  query MatchRequests($first: Int!, $after: String, $filter: MatchRequestFilterInput) {\n    matchRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...MatchRequestFields\n        }\n      }\n    }\n  }\n": types.MatchRequestsDocument,
    "\n  query MatchRequest($id: ID!) {\n    matchRequest(id: $id) {\n      ...MatchRequestFields\n    }\n  }\n": types.MatchRequestDocument,
    "\n  mutation RequestMatch($input: RequestMatchInput!) {\n    requestMatch(input: $input) {\n      ...MatchRequestFields\n    }\n  }\n": types.RequestMatchDocument,
    "\n  mutation ProposeMatch($input: ProposeMatchInput!) {\n    proposeMatch(input: $input) {\n      ...MatchRequestFields\n    }\n  }\n": types.ProposeMatchDocument,
    "\n  mutation AcceptMatchRequest($input: VersionedRefInput!) {\n    acceptMatchRequest(input: $input) {\n      ...MatchRequestFields\n    }\n  }\n": types.AcceptMatchRequestDocument,
    "\n  mutation DeclineMatchRequest($input: DeclineMatchRequestInput!) {\n    declineMatchRequest(input: $input) {\n      ...MatchRequestFields\n    }\n  }\n": types.DeclineMatchRequestDocument,
    "\n  mutation WithdrawMatchRequest($input: VersionedRefInput!) {\n    withdrawMatchRequest(input: $input) {\n      ...MatchRequestFields\n    }\n  }\n": types.WithdrawMatchRequestDocument,
    "\n  mutation AdvanceMatchRequest($input: AdvanceMatchRequestInput!) {\n    advanceMatchRequest(input: $input) {\n      ...MatchRequestFields\n    }\n  }\n": types.AdvanceMatchRequestDocument,
    "\n  mutation CloseMatchRequest($input: CloseMatchRequestInput!) {\n    closeMatchRequest(input: $input) {\n      ...MatchRequestFields\n    }\n  }\n": types.CloseMatchRequestDocument,
    "\n  query MyOpenNeeds($orgId: ID!) {\n    needs(first: 100, filter: { orgIds: [$orgId], statuses: [OPEN] }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.MyOpenNeedsDocument,
    "\n  query MyPublishedAchievements($orgId: ID!) {\n    achievements(first: 100, filter: { orgIds: [$orgId], statuses: [PUBLISHED] }) {\n      edges {\n        node {\n          id\n          title\n          listed\n        }\n      }\n    }\n  }\n": types.MyPublishedAchievementsDocument,
    "\n  query MatchesForNeed($needId: ID!, $first: Int!) {\n    matchesForNeed(needId: $needId, first: $first) {\n      score\n      reasons {\n        factor\n        contribution\n        message\n      }\n      achievement {\n        id\n        title\n        industry\n        trl\n        askingPriceWan\n        organization {\n          id\n          name\n        }\n      }\n      need {\n        id\n        title\n      }\n    }\n  }\n": types.MatchesForNeedDocument,
    "\n  query MatchesForAchievement($achievementId: ID!, $first: Int!) {\n    matchesForAchievement(achievementId: $achievementId, first: $first) {\n      score\n      reasons {\n        factor\n        contribution\n        message\n      }\n      achievement {\n        id\n        title\n      }\n      need {\n        id\n        title\n        industry\n        minTrl\n        budgetWan\n        ownerLabel\n        teaser\n      }\n    }\n  }\n": types.MatchesForAchievementDocument,
    "\n  query Members($orgId: ID!) {\n    organization(id: $orgId) {\n      id\n      name\n      kind\n    }\n    users(orgId: $orgId) {\n      id\n      email\n      displayName\n      role\n      orgAdmin\n      active\n      deactivatedAt\n    }\n    invitations(orgId: $orgId) {\n      expired\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  mutation InviteMember($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      invitationToken\n      user {\n        id\n      }\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      invitationToken\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation ReissueInvitation($userId: ID!) {\n    reissueInvitation(userId: $userId) {\n      invitationToken\n    }\n  }\n": types.ReissueInvitationDocument,
    "\n  mutation RevokeInvitation($userId: ID!) {\n    revokeInvitation(userId: $userId)\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      id\n      active\n      deactivatedAt\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      active\n      deactivatedAt\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  mutation UpdateUserAccess($input: UpdateUserAccessInput!) {\n    updateUserAccess(input: $input) {\n      id\n      role\n      orgAdmin\n    }\n  }\n": types.UpdateUserAccessDocument,
    "\n  fragment NeedFields on Need {\n    id\n    key\n    title\n    description\n    industry\n    keywords\n    cooperationModes\n    minTrl\n    budgetWan\n    deadline\n    confidential\n    contact\n    status\n    teaser\n    ownerLabel\n    updatedAt\n    version\n    organization {\n      id\n      name\n      region\n    }\n  }\n": types.NeedFieldsFragmentDoc,
    "\n  query Needs($first: Int!, $after: String, $filter: NeedFilterInput) {\n    needs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...NeedFields\n        }\n      }\n    }\n  }\n": types.NeedsDocument,
    "\n  query Need($id: ID!) {\n    need(id: $id) {\n      ...NeedFields\n    }\n  }\n": types.NeedDocument,
    "\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n": types.CreateNeedDocument,
    "\n  mutation UpdateNeed($input: UpdateNeedInput!) {\n    updateNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n": types.UpdateNeedDocument,
    "\n  mutation OpenNeed($input: VersionedRefInput!) {\n    openNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n": types.OpenNeedDocument,
    "\n  mutation CloseNeed($input: VersionedRefInput!) {\n    closeNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n": types.CloseNeedDocument,
    "\n  mutation RenewNeed($input: RenewNeedInput!) {\n    renewNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n": types.RenewNeedDocument,
    "\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      id\n      kind\n      message\n      read\n      createdAt\n      matchRequestId\n      link\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation RegisterEnterprise($input: RegisterEnterpriseInput!) {\n    registerEnterprise(input: $input) {\n      id\n      status\n    }\n  }\n": types.RegisterEnterpriseDocument,
    "\n  query RegistrationApplications($status: RegistrationStatus) {\n    registrationApplications(status: $status) {\n      id\n      orgName\n      creditCode\n      region\n      contactName\n      contactEmail\n      contactPhone\n      status\n      reason\n      createdAt\n      decidedAt\n      version\n    }\n  }\n": types.RegistrationApplicationsDocument,
    "\n  mutation ApproveRegistration($input: DecideRegistrationInput!) {\n    approveRegistration(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.ApproveRegistrationDocument,
    "\n  mutation RejectRegistration($input: RejectRegistrationInput!) {\n    rejectRegistration(input: $input) {\n      id\n      status\n      reason\n      version\n    }\n  }\n": types.RejectRegistrationDocument,
    "\n  query ScheduleBoard($eventId: ID!) {\n    event(id: $eventId) {\n      id\n      title\n      date\n      status\n      version\n      slots {\n        id\n        position\n        start\n        end\n      }\n      tables {\n        id\n        name\n        capacity\n      }\n    }\n    eventMeetings(eventId: $eventId) {\n      ...BoardMeetingFields\n    }\n  }\n": types.ScheduleBoardDocument,
    "\n  query ScheduleBoardPeople($eventId: ID!) {\n    meetingRequests(eventId: $eventId) {\n      id\n      fromParticipantId\n      toParticipantId\n      status\n      score\n      unscheduledCode\n      unscheduledReason\n    }\n    eventParticipants(eventId: $eventId) {\n      id\n      displayName\n      orgId\n      checkedInAt\n    }\n  }\n": types.ScheduleBoardPeopleDocument,
    "\n  fragment BoardMeetingFields on Meeting {\n    id\n    eventId\n    requestId\n    slotId\n    tableId\n    locked\n    attendance\n    outcome\n    outcomeNote\n  }\n": types.BoardMeetingFieldsFragmentDoc,
    "\n  query MeetingPlaces($requestId: ID!) {\n    meetingPlaces(requestId: $requestId) {\n      slotId\n      tableId\n    }\n  }\n": types.MeetingPlacesDocument,
    "\n  mutation MoveMeeting($input: MoveMeetingInput!) {\n    moveMeeting(input: $input) {\n      ...BoardMeetingFields\n    }\n  }\n": types.MoveMeetingDocument,
    "\n  mutation PlaceMeeting($input: PlaceMeetingInput!) {\n    placeMeeting(input: $input) {\n      ...BoardMeetingFields\n    }\n  }\n": types.PlaceMeetingDocument,
    "\n  mutation LockMeeting($input: LockMeetingInput!) {\n    lockMeeting(input: $input) {\n      ...BoardMeetingFields\n    }\n  }\n": types.LockMeetingDocument,
    "\n  mutation UnscheduleMeeting($meetingId: ID!) {\n    unscheduleMeeting(meetingId: $meetingId)\n  }\n": types.UnscheduleMeetingDocument,
    "\n  mutation ScheduleEventFromBoard($eventId: ID!) {\n    scheduleEvent(eventId: $eventId) {\n      requests\n      scheduled\n      locked\n      moved\n    }\n  }\n": types.ScheduleEventFromBoardDocument,
    "\n  query Search($input: SearchInput!) {\n    search(input: $input) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        name\n        values {\n          value\n          count\n        }\n      }\n      hits {\n        key\n        kind\n        score\n        titleHighlight\n        summaryHighlight\n        achievement {\n          id\n          title\n          industry\n          trl\n          askingPriceWan\n          cooperationModes\n          organization {\n            id\n            name\n          }\n        }\n        need {\n          id\n          title\n          industry\n          minTrl\n          budgetWan\n          ownerLabel\n          teaser\n        }\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query VocabularyGroups($filter: VocabularyFilterInput, $offset: Int, $first: Int) {\n    vocabularyGroups(filter: $filter, offset: $offset, first: $first) {\n      total\n      items {\n        id\n        terms\n        kind\n        industry\n        source\n        origin\n        oneWayFrom\n        enabled\n        version\n      }\n    }\n  }\n": types.VocabularyGroupsDocument,
    "\n  mutation AddVocabularyGroup($input: VocabularyGroupInput!) {\n    addVocabularyGroup(input: $input) {\n      id\n      terms\n      version\n    }\n  }\n": types.AddVocabularyGroupDocument,
    "\n  mutation UpdateVocabularyGroup($id: ID!, $version: Int!, $input: VocabularyGroupInput!) {\n    updateVocabularyGroup(id: $id, version: $version, input: $input) {\n      id\n      terms\n      version\n    }\n  }\n": types.UpdateVocabularyGroupDocument,
    "\n  mutation RemoveVocabularyGroup($id: ID!) {\n    removeVocabularyGroup(id: $id)\n  }\n": types.RemoveVocabularyGroupDocument,
    "\n  mutation SetShippedVocabularyGroupEnabled($id: ID!, $enabled: Boolean!) {\n    setShippedVocabularyGroupEnabled(id: $id, enabled: $enabled) {\n      id\n      enabled\n    }\n  }\n": types.SetShippedVocabularyGroupEnabledDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($input: AttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      attendance\n      outcome\n      outcomeNote\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAttendance($input: AttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      attendance\n      outcome\n      outcomeNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMeetingOutcome($input: OutcomeInput!) {\n    recordMeetingOutcome(input: $input) {\n      id\n      attendance\n      outcome\n      outcomeNote\n    }\n  }\n"): (typeof documents)["\n  mutation RecordMeetingOutcome($input: OutcomeInput!) {\n    recordMeetingOutcome(input: $input) {\n      id\n      attendance\n      outcome\n      outcomeNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    me {\n      id\n      email\n      displayName\n      locale\n      role\n      orgAdmin\n      version\n    }\n    myMailPreferences {\n      kind\n      mode\n    }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    me {\n      id\n      email\n      displayName\n      locale\n      role\n      orgAdmin\n      version\n    }\n    myMailPreferences {\n      kind\n      mode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      displayName\n      locale\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      displayName\n      locale\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMailPreference($input: SetMailPreferenceInput!) {\n    setMailPreference(input: $input) {\n      kind\n      mode\n    }\n  }\n"): (typeof documents)["\n  mutation SetMailPreference($input: SetMailPreferenceInput!) {\n    setMailPreference(input: $input) {\n      kind\n      mode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AchievementFields on Achievement {\n    id\n    key\n    title\n    summary\n    industry\n    trl\n    keywords\n    cooperationModes\n    askingPriceWan\n    team\n    contact\n    ip {\n      type\n      number\n    }\n    status\n    listed\n    publishedAt\n    validUntil\n    updatedAt\n    version\n    organization {\n      id\n      name\n      region\n    }\n  }\n"): (typeof documents)["\n  fragment AchievementFields on Achievement {\n    id\n    key\n    title\n    summary\n    industry\n    trl\n    keywords\n    cooperationModes\n    askingPriceWan\n    team\n    contact\n    ip {\n      type\n      number\n    }\n    status\n    listed\n    publishedAt\n    validUntil\n    updatedAt\n    version\n    organization {\n      id\n      name\n      region\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Achievements($first: Int!, $after: String, $filter: AchievementFilterInput) {\n    achievements(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...AchievementFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Achievements($first: Int!, $after: String, $filter: AchievementFilterInput) {\n    achievements(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...AchievementFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Achievement($id: ID!) {\n    achievement(id: $id) {\n      ...AchievementFields\n    }\n  }\n"): (typeof documents)["\n  query Achievement($id: ID!) {\n    achievement(id: $id) {\n      ...AchievementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAchievement($input: CreateAchievementInput!) {\n    createAchievement(input: $input) {\n      ...AchievementFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAchievement($input: CreateAchievementInput!) {\n    createAchievement(input: $input) {\n      ...AchievementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAchievement($input: UpdateAchievementInput!) {\n    updateAchievement(input: $input) {\n      ...AchievementFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAchievement($input: UpdateAchievementInput!) {\n    updateAchievement(input: $input) {\n      ...AchievementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishAchievement($input: VersionedRefInput!) {\n    publishAchievement(input: $input) {\n      ...AchievementFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishAchievement($input: VersionedRefInput!) {\n    publishAchievement(input: $input) {\n      ...AchievementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveAchievement($input: VersionedRefInput!) {\n    archiveAchievement(input: $input) {\n      ...AchievementFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveAchievement($input: VersionedRefInput!) {\n    archiveAchievement(input: $input) {\n      ...AchievementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewAchievement($input: RenewAchievementInput!) {\n    renewAchievement(input: $input) {\n      ...AchievementFields\n    }\n  }\n"): (typeof documents)["\n  mutation RenewAchievement($input: RenewAchievementInput!) {\n    renewAchievement(input: $input) {\n      ...AchievementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organizations($kind: OrganizationKind) {\n    organizations(kind: $kind) {\n      id\n      name\n      kind\n      region\n      creditCode\n      version\n    }\n  }\n"): (typeof documents)["\n  query Organizations($kind: OrganizationKind) {\n    organizations(kind: $kind) {\n      id\n      name\n      kind\n      region\n      creditCode\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      kind\n      region\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      kind\n      region\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchIndexStatus {\n    searchIndexStatus {\n      engine\n      healthy\n      documents\n      pending\n      deadLetters\n      detail\n    }\n    searchDeadLetters {\n      entityType\n      entityId\n      attempts\n      failedAt\n      lastError\n    }\n  }\n"): (typeof documents)["\n  query SearchIndexStatus {\n    searchIndexStatus {\n      engine\n      healthy\n      documents\n      pending\n      deadLetters\n      detail\n    }\n    searchDeadLetters {\n      entityType\n      entityId\n      attempts\n      failedAt\n      lastError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequeueSearchDeadLetters {\n    requeueSearchDeadLetters\n  }\n"): (typeof documents)["\n  mutation RequeueSearchDeadLetters {\n    requeueSearchDeadLetters\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailDeliveries($status: MailDeliveryStatus, $first: Int) {\n    mailDeliveries(status: $status, first: $first) {\n      id\n      kind\n      to\n      subject\n      status\n      attempts\n      createdAt\n      finishedAt\n      smtpResponse\n      lastError\n    }\n  }\n"): (typeof documents)["\n  query MailDeliveries($status: MailDeliveryStatus, $first: Int) {\n    mailDeliveries(status: $status, first: $first) {\n      id\n      kind\n      to\n      subject\n      status\n      attempts\n      createdAt\n      finishedAt\n      smtpResponse\n      lastError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventAgenda($eventId: ID!, $participantId: ID) {\n    event(id: $eventId) {\n      id\n      title\n      venue\n      date\n      status\n    }\n    eventAgenda(eventId: $eventId, participantId: $participantId) {\n      eventId\n      date\n      published\n      participant {\n        id\n        displayName\n      }\n      meetings {\n        start\n        end\n        tableName\n        counterpart {\n          id\n          displayName\n        }\n        meeting {\n          id\n          attendance\n          outcome\n          outcomeNote\n        }\n      }\n      roadshows {\n        id\n        start\n        end\n        speaker\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventAgenda($eventId: ID!, $participantId: ID) {\n    event(id: $eventId) {\n      id\n      title\n      venue\n      date\n      status\n    }\n    eventAgenda(eventId: $eventId, participantId: $participantId) {\n      eventId\n      date\n      published\n      participant {\n        id\n        displayName\n      }\n      meetings {\n        start\n        end\n        tableName\n        counterpart {\n          id\n          displayName\n        }\n        meeting {\n          id\n          attendance\n          outcome\n          outcomeNote\n        }\n      }\n      roadshows {\n        id\n        start\n        end\n        speaker\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarToken {\n    calendarTokenIssuedAt\n  }\n"): (typeof documents)["\n  query CalendarToken {\n    calendarTokenIssuedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateCalendarToken {\n    regenerateCalendarToken {\n      path\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation RegenerateCalendarToken {\n    regenerateCalendarToken {\n      path\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarToken {\n    revokeCalendarToken\n  }\n"): (typeof documents)["\n  mutation RevokeCalendarToken {\n    revokeCalendarToken\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrintSchedule($eventId: ID!) {\n    event(id: $eventId) {\n      id\n      title\n      venue\n      date\n      status\n      slots {\n        id\n        start\n        end\n      }\n      tables {\n        id\n        name\n        capacity\n      }\n    }\n    eventMeetings(eventId: $eventId) {\n      id\n      requestId\n      slotId\n      tableId\n    }\n  }\n"): (typeof documents)["\n  query PrintSchedule($eventId: ID!) {\n    event(id: $eventId) {\n      id\n      title\n      venue\n      date\n      status\n      slots {\n        id\n        start\n        end\n      }\n      tables {\n        id\n        name\n        capacity\n      }\n    }\n    eventMeetings(eventId: $eventId) {\n      id\n      requestId\n      slotId\n      tableId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrintPeople($eventId: ID!) {\n    meetingRequests(eventId: $eventId) {\n      id\n      fromParticipantId\n      toParticipantId\n    }\n    eventParticipants(eventId: $eventId) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query PrintPeople($eventId: ID!) {\n    meetingRequests(eventId: $eventId) {\n      id\n      fromParticipantId\n      toParticipantId\n    }\n    eventParticipants(eventId: $eventId) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListingAuditTrail($kind: ListingKind!, $id: ID!, $first: Int) {\n    listingAuditTrail(kind: $kind, id: $id, first: $first) {\n      id\n      at\n      action\n      actorName\n      changes {\n        field\n        from\n        to\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListingAuditTrail($kind: ListingKind!, $id: ID!, $first: Int) {\n    listingAuditTrail(kind: $kind, id: $id, first: $first) {\n      id\n      at\n      action\n      actorName\n      changes {\n        field\n        from\n        to\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      email\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      email\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyName($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyName($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckInRoster($eventId: ID!) {\n    event(id: $eventId) {\n      id\n      title\n      date\n      status\n    }\n    eventParticipants(eventId: $eventId) {\n      id\n      displayName\n      checkedInAt\n    }\n  }\n"): (typeof documents)["\n  query CheckInRoster($eventId: ID!) {\n    event(id: $eventId) {\n      id\n      title\n      date\n      status\n    }\n    eventParticipants(eventId: $eventId) {\n      id\n      displayName\n      checkedInAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckInAgenda($eventId: ID!, $participantId: ID!) {\n    eventAgenda(eventId: $eventId, participantId: $participantId) {\n      participant {\n        id\n        displayName\n      }\n      meetings {\n        start\n        end\n        tableName\n        counterpart {\n          id\n          displayName\n        }\n        meeting {\n          id\n          attendance\n          outcome\n          outcomeNote\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CheckInAgenda($eventId: ID!, $participantId: ID!) {\n    eventAgenda(eventId: $eventId, participantId: $participantId) {\n      participant {\n        id\n        displayName\n      }\n      meetings {\n        start\n        end\n        tableName\n        counterpart {\n          id\n          displayName\n        }\n        meeting {\n          id\n          attendance\n          outcome\n          outcomeNote\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInParticipant($participantId: ID!) {\n    checkInParticipant(participantId: $participantId) {\n      id\n      checkedInAt\n    }\n  }\n"): (typeof documents)["\n  mutation CheckInParticipant($participantId: ID!) {\n    checkInParticipant(participantId: $participantId) {\n      id\n      checkedInAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchDashboard($from: String!, $to: String!) {\n    matchDashboard(from: $from, to: $to) {\n      from\n      to\n      total\n      acceptanceRate\n      medianHoursToAnswer\n      signedAmountWan\n      countsByStatus {\n        status\n        count\n      }\n      byIndustry {\n        key\n        label\n        total\n        acceptanceRate\n        signedAmountWan\n      }\n      byUniversity {\n        key\n        label\n        total\n        acceptanceRate\n        signedAmountWan\n      }\n      byEnterprise {\n        key\n        label\n        total\n        acceptanceRate\n        signedAmountWan\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchDashboard($from: String!, $to: String!) {\n    matchDashboard(from: $from, to: $to) {\n      from\n      to\n      total\n      acceptanceRate\n      medianHoursToAnswer\n      signedAmountWan\n      countsByStatus {\n        status\n        count\n      }\n      byIndustry {\n        key\n        label\n        total\n        acceptanceRate\n        signedAmountWan\n      }\n      byUniversity {\n        key\n        label\n        total\n        acceptanceRate\n        signedAmountWan\n      }\n      byEnterprise {\n        key\n        label\n        total\n        acceptanceRate\n        signedAmountWan\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventAnalyticsPage($eventId: ID!) {\n    event(id: $eventId) {\n      id\n      title\n      status\n    }\n    eventAnalytics(eventId: $eventId) {\n      participants\n      checkedIn\n      requestsSent\n      requestsAccepted\n      coordinatorMeetings\n      meetingsScheduled\n      meetingsHeld\n      noShowRate\n      meetingsPerParticipant\n      outcomes {\n        outcome\n        count\n      }\n      perParticipant {\n        participantId\n        meetings\n      }\n      matchesAdvanced {\n        total\n        byStage {\n          stage\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventAnalyticsPage($eventId: ID!) {\n    event(id: $eventId) {\n      id\n      title\n      status\n    }\n    eventAnalytics(eventId: $eventId) {\n      participants\n      checkedIn\n      requestsSent\n      requestsAccepted\n      coordinatorMeetings\n      meetingsScheduled\n      meetingsHeld\n      noShowRate\n      meetingsPerParticipant\n      outcomes {\n        outcome\n        count\n      }\n      perParticipant {\n        participantId\n        meetings\n      }\n      matchesAdvanced {\n        total\n        byStage {\n          stage\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventAnalyticsNames($eventId: ID!) {\n    eventParticipants(eventId: $eventId) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query EventAnalyticsNames($eventId: ID!) {\n    eventParticipants(eventId: $eventId) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventFields on Event {\n    id\n    title\n    theme\n    organisers\n    venue\n    date\n    registrationDeadline\n    dayStart\n    dayEnd\n    slotMinutes\n    status\n    version\n    rosterVersion\n    cancelReason\n    breaks {\n      start\n      end\n    }\n    tables {\n      id\n      name\n      capacity\n    }\n    slots {\n      id\n      position\n      start\n      end\n    }\n    roadshows {\n      id\n      title\n      speaker\n      start\n      end\n      achievementId\n    }\n  }\n"): (typeof documents)["\n  fragment EventFields on Event {\n    id\n    title\n    theme\n    organisers\n    venue\n    date\n    registrationDeadline\n    dayStart\n    dayEnd\n    slotMinutes\n    status\n    version\n    rosterVersion\n    cancelReason\n    breaks {\n      start\n      end\n    }\n    tables {\n      id\n      name\n      capacity\n    }\n    slots {\n      id\n      position\n      start\n      end\n    }\n    roadshows {\n      id\n      title\n      speaker\n      start\n      end\n      achievementId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventParticipantFields on EventParticipant {\n    id\n    displayName\n    orgId\n    maxMeetings\n    checkedInAt\n    unavailableSlotIds\n    userIds\n    organization {\n      kind\n    }\n    guest {\n      phone\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment EventParticipantFields on EventParticipant {\n    id\n    displayName\n    orgId\n    maxMeetings\n    checkedInAt\n    unavailableSlotIds\n    userIds\n    organization {\n      kind\n    }\n    guest {\n      phone\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingRequestFields on MeetingRequest {\n    id\n    eventId\n    fromParticipantId\n    toParticipantId\n    status\n    source\n    message\n    score\n    createdAt\n    expiresAt\n    unscheduledCode\n    unscheduledReason\n  }\n"): (typeof documents)["\n  fragment MeetingRequestFields on MeetingRequest {\n    id\n    eventId\n    fromParticipantId\n    toParticipantId\n    status\n    source\n    message\n    score\n    createdAt\n    expiresAt\n    unscheduledCode\n    unscheduledReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Events($statuses: [EventStatus!]) {\n    events(statuses: $statuses) {\n      id\n      title\n      date\n      venue\n      registrationDeadline\n      status\n    }\n  }\n"): (typeof documents)["\n  query Events($statuses: [EventStatus!]) {\n    events(statuses: $statuses) {\n      id\n      title\n      date\n      venue\n      registrationDeadline\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Event($id: ID!) {\n    event(id: $id) {\n      ...EventFields\n    }\n  }\n"): (typeof documents)["\n  query Event($id: ID!) {\n    event(id: $id) {\n      ...EventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventParticipants($eventId: ID!) {\n    eventParticipants(eventId: $eventId) {\n      ...EventParticipantFields\n    }\n  }\n"): (typeof documents)["\n  query EventParticipants($eventId: ID!) {\n    eventParticipants(eventId: $eventId) {\n      ...EventParticipantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventMeetingRequests($eventId: ID!) {\n    meetingRequests(eventId: $eventId) {\n      ...MeetingRequestFields\n    }\n  }\n"): (typeof documents)["\n  query EventMeetingRequests($eventId: ID!) {\n    meetingRequests(eventId: $eventId) {\n      ...MeetingRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestMeetings($eventId: ID!, $first: Int!) {\n    suggestMeetings(eventId: $eventId, first: $first) {\n      achievementId\n      needId\n      enterpriseParticipantId\n      instituteParticipantId\n      score\n      reasons\n      need {\n        id\n        title\n      }\n      achievement {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuggestMeetings($eventId: ID!, $first: Int!) {\n    suggestMeetings(eventId: $eventId, first: $first) {\n      achievementId\n      needId\n      enterpriseParticipantId\n      instituteParticipantId\n      score\n      reasons\n      need {\n        id\n        title\n      }\n      achievement {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipantListings($orgIds: [ID!]!) {\n    achievements(first: 100, filter: { orgIds: $orgIds, statuses: [PUBLISHED] }) {\n      edges {\n        node {\n          id\n          title\n          organization {\n            id\n          }\n        }\n      }\n    }\n    needs(first: 100, filter: { orgIds: $orgIds, statuses: [OPEN] }) {\n      edges {\n        node {\n          id\n          title\n          organization {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParticipantListings($orgIds: [ID!]!) {\n    achievements(first: 100, filter: { orgIds: $orgIds, statuses: [PUBLISHED] }) {\n      edges {\n        node {\n          id\n          title\n          organization {\n            id\n          }\n        }\n      }\n    }\n    needs(first: 100, filter: { orgIds: $orgIds, statuses: [OPEN] }) {\n      edges {\n        node {\n          id\n          title\n          organization {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventOrganizations {\n    organizations {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query EventOrganizations {\n    organizations {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...EventFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...EventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      ...EventFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      ...EventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenEvent($input: VersionedRefInput!) {\n    openEvent(input: $input) {\n      ...EventFields\n    }\n  }\n"): (typeof documents)["\n  mutation OpenEvent($input: VersionedRefInput!) {\n    openEvent(input: $input) {\n      ...EventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishEvent($input: VersionedRefInput!) {\n    publishEvent(input: $input) {\n      ...EventFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishEvent($input: VersionedRefInput!) {\n    publishEvent(input: $input) {\n      ...EventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseEvent($input: VersionedRefInput!) {\n    closeEvent(input: $input) {\n      ...EventFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseEvent($input: VersionedRefInput!) {\n    closeEvent(input: $input) {\n      ...EventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelEvent($input: CancelEventInput!) {\n    cancelEvent(input: $input) {\n      ...EventFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelEvent($input: CancelEventInput!) {\n    cancelEvent(input: $input) {\n      ...EventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteEvent($input: VersionedRefInput!) {\n    deleteEvent(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteEvent($input: VersionedRefInput!) {\n    deleteEvent(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleEventFromConsole($eventId: ID!) {\n    scheduleEvent(eventId: $eventId) {\n      requests\n      scheduled\n      locked\n      moved\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleEventFromConsole($eventId: ID!) {\n    scheduleEvent(eventId: $eventId) {\n      requests\n      scheduled\n      locked\n      moved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterParticipant($input: RegisterParticipantInput!) {\n    registerParticipant(input: $input) {\n      ...EventParticipantFields\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterParticipant($input: RegisterParticipantInput!) {\n    registerParticipant(input: $input) {\n      ...EventParticipantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterGuest($input: RegisterGuestInput!) {\n    registerGuest(input: $input) {\n      ...EventParticipantFields\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterGuest($input: RegisterGuestInput!) {\n    registerGuest(input: $input) {\n      ...EventParticipantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMeetingRequest($input: SendMeetingRequestInput!) {\n    sendMeetingRequest(input: $input) {\n      ...MeetingRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation SendMeetingRequest($input: SendMeetingRequestInput!) {\n    sendMeetingRequest(input: $input) {\n      ...MeetingRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondMeetingRequest($input: RespondMeetingRequestInput!) {\n    respondToMeetingRequest(input: $input) {\n      ...MeetingRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation RespondMeetingRequest($input: RespondMeetingRequestInput!) {\n    respondToMeetingRequest(input: $input) {\n      ...MeetingRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMeeting($input: AddMeetingInput!) {\n    addMeeting(input: $input) {\n      ...MeetingRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddMeeting($input: AddMeetingInput!) {\n    addMeeting(input: $input) {\n      ...MeetingRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventOrgUsers($orgId: ID!) {\n    users(orgId: $orgId) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query EventOrgUsers($orgId: ID!) {\n    users(orgId: $orgId) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatchRequestFields on MatchRequest {\n    id\n    direction\n    side\n    status\n    message\n    createdAt\n    answeredAt\n    expiresAt\n    declineReason\n    declineNote\n    closeReason\n    contractAmountWan\n    contractNumber\n    enterpriseLabel\n    version\n    achievement {\n      id\n      title\n      organization {\n        id\n        name\n      }\n    }\n    need {\n      id\n      title\n      teaser\n    }\n    university {\n      id\n      name\n    }\n    contacts {\n      achievementContact\n      needContact\n      requester {\n        name\n        email\n      }\n      responder {\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MatchRequestFields on MatchRequest {\n    id\n    direction\n    side\n    status\n    message\n    createdAt\n    answeredAt\n    expiresAt\n    declineReason\n    declineNote\n    closeReason\n    contractAmountWan\n    contractNumber\n    enterpriseLabel\n    version\n    achievement {\n      id\n      title\n      organization {\n        id\n        name\n      }\n    }\n    need {\n      id\n      title\n      teaser\n    }\n    university {\n      id\n      name\n    }\n    contacts {\n      achievementContact\n      needContact\n      requester {\n        name\n        email\n      }\n      responder {\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchRequests($first: Int!, $after: String, $filter: MatchRequestFilterInput) {\n    matchRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...MatchRequestFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchRequests($first: Int!, $after: String, $filter: MatchRequestFilterInput) {\n    matchRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...MatchRequestFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchRequest($id: ID!) {\n    matchRequest(id: $id) {\n      ...MatchRequestFields\n    }\n  }\n"): (typeof documents)["\n  query MatchRequest($id: ID!) {\n    matchRequest(id: $id) {\n      ...MatchRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestMatch($input: RequestMatchInput!) {\n    requestMatch(input: $input) {\n      ...MatchRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestMatch($input: RequestMatchInput!) {\n    requestMatch(input: $input) {\n      ...MatchRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeMatch($input: ProposeMatchInput!) {\n    proposeMatch(input: $input) {\n      ...MatchRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeMatch($input: ProposeMatchInput!) {\n    proposeMatch(input: $input) {\n      ...MatchRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptMatchRequest($input: VersionedRefInput!) {\n    acceptMatchRequest(input: $input) {\n      ...MatchRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptMatchRequest($input: VersionedRefInput!) {\n    acceptMatchRequest(input: $input) {\n      ...MatchRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineMatchRequest($input: DeclineMatchRequestInput!) {\n    declineMatchRequest(input: $input) {\n      ...MatchRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineMatchRequest($input: DeclineMatchRequestInput!) {\n    declineMatchRequest(input: $input) {\n      ...MatchRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawMatchRequest($input: VersionedRefInput!) {\n    withdrawMatchRequest(input: $input) {\n      ...MatchRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawMatchRequest($input: VersionedRefInput!) {\n    withdrawMatchRequest(input: $input) {\n      ...MatchRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceMatchRequest($input: AdvanceMatchRequestInput!) {\n    advanceMatchRequest(input: $input) {\n      ...MatchRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdvanceMatchRequest($input: AdvanceMatchRequestInput!) {\n    advanceMatchRequest(input: $input) {\n      ...MatchRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseMatchRequest($input: CloseMatchRequestInput!) {\n    closeMatchRequest(input: $input) {\n      ...MatchRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseMatchRequest($input: CloseMatchRequestInput!) {\n    closeMatchRequest(input: $input) {\n      ...MatchRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOpenNeeds($orgId: ID!) {\n    needs(first: 100, filter: { orgIds: [$orgId], statuses: [OPEN] }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyOpenNeeds($orgId: ID!) {\n    needs(first: 100, filter: { orgIds: [$orgId], statuses: [OPEN] }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPublishedAchievements($orgId: ID!) {\n    achievements(first: 100, filter: { orgIds: [$orgId], statuses: [PUBLISHED] }) {\n      edges {\n        node {\n          id\n          title\n          listed\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPublishedAchievements($orgId: ID!) {\n    achievements(first: 100, filter: { orgIds: [$orgId], statuses: [PUBLISHED] }) {\n      edges {\n        node {\n          id\n          title\n          listed\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchesForNeed($needId: ID!, $first: Int!) {\n    matchesForNeed(needId: $needId, first: $first) {\n      score\n      reasons {\n        factor\n        contribution\n        message\n      }\n      achievement {\n        id\n        title\n        industry\n        trl\n        askingPriceWan\n        organization {\n          id\n          name\n        }\n      }\n      need {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchesForNeed($needId: ID!, $first: Int!) {\n    matchesForNeed(needId: $needId, first: $first) {\n      score\n      reasons {\n        factor\n        contribution\n        message\n      }\n      achievement {\n        id\n        title\n        industry\n        trl\n        askingPriceWan\n        organization {\n          id\n          name\n        }\n      }\n      need {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchesForAchievement($achievementId: ID!, $first: Int!) {\n    matchesForAchievement(achievementId: $achievementId, first: $first) {\n      score\n      reasons {\n        factor\n        contribution\n        message\n      }\n      achievement {\n        id\n        title\n      }\n      need {\n        id\n        title\n        industry\n        minTrl\n        budgetWan\n        ownerLabel\n        teaser\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchesForAchievement($achievementId: ID!, $first: Int!) {\n    matchesForAchievement(achievementId: $achievementId, first: $first) {\n      score\n      reasons {\n        factor\n        contribution\n        message\n      }\n      achievement {\n        id\n        title\n      }\n      need {\n        id\n        title\n        industry\n        minTrl\n        budgetWan\n        ownerLabel\n        teaser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($orgId: ID!) {\n    organization(id: $orgId) {\n      id\n      name\n      kind\n    }\n    users(orgId: $orgId) {\n      id\n      email\n      displayName\n      role\n      orgAdmin\n      active\n      deactivatedAt\n    }\n    invitations(orgId: $orgId) {\n      expired\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members($orgId: ID!) {\n    organization(id: $orgId) {\n      id\n      name\n      kind\n    }\n    users(orgId: $orgId) {\n      id\n      email\n      displayName\n      role\n      orgAdmin\n      active\n      deactivatedAt\n    }\n    invitations(orgId: $orgId) {\n      expired\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      invitationToken\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      invitationToken\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      invitationToken\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      invitationToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReissueInvitation($userId: ID!) {\n    reissueInvitation(userId: $userId) {\n      invitationToken\n    }\n  }\n"): (typeof documents)["\n  mutation ReissueInvitation($userId: ID!) {\n    reissueInvitation(userId: $userId) {\n      invitationToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($userId: ID!) {\n    revokeInvitation(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($userId: ID!) {\n    revokeInvitation(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      id\n      active\n      deactivatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      id\n      active\n      deactivatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      active\n      deactivatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      active\n      deactivatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUserAccess($input: UpdateUserAccessInput!) {\n    updateUserAccess(input: $input) {\n      id\n      role\n      orgAdmin\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUserAccess($input: UpdateUserAccessInput!) {\n    updateUserAccess(input: $input) {\n      id\n      role\n      orgAdmin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NeedFields on Need {\n    id\n    key\n    title\n    description\n    industry\n    keywords\n    cooperationModes\n    minTrl\n    budgetWan\n    deadline\n    confidential\n    contact\n    status\n    teaser\n    ownerLabel\n    updatedAt\n    version\n    organization {\n      id\n      name\n      region\n    }\n  }\n"): (typeof documents)["\n  fragment NeedFields on Need {\n    id\n    key\n    title\n    description\n    industry\n    keywords\n    cooperationModes\n    minTrl\n    budgetWan\n    deadline\n    confidential\n    contact\n    status\n    teaser\n    ownerLabel\n    updatedAt\n    version\n    organization {\n      id\n      name\n      region\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Needs($first: Int!, $after: String, $filter: NeedFilterInput) {\n    needs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...NeedFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Needs($first: Int!, $after: String, $filter: NeedFilterInput) {\n    needs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...NeedFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Need($id: ID!) {\n    need(id: $id) {\n      ...NeedFields\n    }\n  }\n"): (typeof documents)["\n  query Need($id: ID!) {\n    need(id: $id) {\n      ...NeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNeed($input: UpdateNeedInput!) {\n    updateNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNeed($input: UpdateNeedInput!) {\n    updateNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenNeed($input: VersionedRefInput!) {\n    openNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation OpenNeed($input: VersionedRefInput!) {\n    openNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseNeed($input: VersionedRefInput!) {\n    closeNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseNeed($input: VersionedRefInput!) {\n    closeNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewNeed($input: RenewNeedInput!) {\n    renewNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation RenewNeed($input: RenewNeedInput!) {\n    renewNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      id\n      kind\n      message\n      read\n      createdAt\n      matchRequestId\n      link\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      id\n      kind\n      message\n      read\n      createdAt\n      matchRequestId\n      link\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterEnterprise($input: RegisterEnterpriseInput!) {\n    registerEnterprise(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterEnterprise($input: RegisterEnterpriseInput!) {\n    registerEnterprise(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistrationApplications($status: RegistrationStatus) {\n    registrationApplications(status: $status) {\n      id\n      orgName\n      creditCode\n      region\n      contactName\n      contactEmail\n      contactPhone\n      status\n      reason\n      createdAt\n      decidedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  query RegistrationApplications($status: RegistrationStatus) {\n    registrationApplications(status: $status) {\n      id\n      orgName\n      creditCode\n      region\n      contactName\n      contactEmail\n      contactPhone\n      status\n      reason\n      createdAt\n      decidedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveRegistration($input: DecideRegistrationInput!) {\n    approveRegistration(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveRegistration($input: DecideRegistrationInput!) {\n    approveRegistration(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectRegistration($input: RejectRegistrationInput!) {\n    rejectRegistration(input: $input) {\n      id\n      status\n      reason\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RejectRegistration($input: RejectRegistrationInput!) {\n    rejectRegistration(input: $input) {\n      id\n      status\n      reason\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleBoard($eventId: ID!) {\n    event(id: $eventId) {\n      id\n      title\n      date\n      status\n      version\n      slots {\n        id\n        position\n        start\n        end\n      }\n      tables {\n        id\n        name\n        capacity\n      }\n    }\n    eventMeetings(eventId: $eventId) {\n      ...BoardMeetingFields\n    }\n  }\n"): (typeof documents)["\n  query ScheduleBoard($eventId: ID!) {\n    event(id: $eventId) {\n      id\n      title\n      date\n      status\n      version\n      slots {\n        id\n        position\n        start\n        end\n      }\n      tables {\n        id\n        name\n        capacity\n      }\n    }\n    eventMeetings(eventId: $eventId) {\n      ...BoardMeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleBoardPeople($eventId: ID!) {\n    meetingRequests(eventId: $eventId) {\n      id\n      fromParticipantId\n      toParticipantId\n      status\n      score\n      unscheduledCode\n      unscheduledReason\n    }\n    eventParticipants(eventId: $eventId) {\n      id\n      displayName\n      orgId\n      checkedInAt\n    }\n  }\n"): (typeof documents)["\n  query ScheduleBoardPeople($eventId: ID!) {\n    meetingRequests(eventId: $eventId) {\n      id\n      fromParticipantId\n      toParticipantId\n      status\n      score\n      unscheduledCode\n      unscheduledReason\n    }\n    eventParticipants(eventId: $eventId) {\n      id\n      displayName\n      orgId\n      checkedInAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardMeetingFields on Meeting {\n    id\n    eventId\n    requestId\n    slotId\n    tableId\n    locked\n    attendance\n    outcome\n    outcomeNote\n  }\n"): (typeof documents)["\n  fragment BoardMeetingFields on Meeting {\n    id\n    eventId\n    requestId\n    slotId\n    tableId\n    locked\n    attendance\n    outcome\n    outcomeNote\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingPlaces($requestId: ID!) {\n    meetingPlaces(requestId: $requestId) {\n      slotId\n      tableId\n    }\n  }\n"): (typeof documents)["\n  query MeetingPlaces($requestId: ID!) {\n    meetingPlaces(requestId: $requestId) {\n      slotId\n      tableId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveMeeting($input: MoveMeetingInput!) {\n    moveMeeting(input: $input) {\n      ...BoardMeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveMeeting($input: MoveMeetingInput!) {\n    moveMeeting(input: $input) {\n      ...BoardMeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceMeeting($input: PlaceMeetingInput!) {\n    placeMeeting(input: $input) {\n      ...BoardMeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation PlaceMeeting($input: PlaceMeetingInput!) {\n    placeMeeting(input: $input) {\n      ...BoardMeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LockMeeting($input: LockMeetingInput!) {\n    lockMeeting(input: $input) {\n      ...BoardMeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation LockMeeting($input: LockMeetingInput!) {\n    lockMeeting(input: $input) {\n      ...BoardMeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnscheduleMeeting($meetingId: ID!) {\n    unscheduleMeeting(meetingId: $meetingId)\n  }\n"): (typeof documents)["\n  mutation UnscheduleMeeting($meetingId: ID!) {\n    unscheduleMeeting(meetingId: $meetingId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleEventFromBoard($eventId: ID!) {\n    scheduleEvent(eventId: $eventId) {\n      requests\n      scheduled\n      locked\n      moved\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleEventFromBoard($eventId: ID!) {\n    scheduleEvent(eventId: $eventId) {\n      requests\n      scheduled\n      locked\n      moved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($input: SearchInput!) {\n    search(input: $input) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        name\n        values {\n          value\n          count\n        }\n      }\n      hits {\n        key\n        kind\n        score\n        titleHighlight\n        summaryHighlight\n        achievement {\n          id\n          title\n          industry\n          trl\n          askingPriceWan\n          cooperationModes\n          organization {\n            id\n            name\n          }\n        }\n        need {\n          id\n          title\n          industry\n          minTrl\n          budgetWan\n          ownerLabel\n          teaser\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($input: SearchInput!) {\n    search(input: $input) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        name\n        values {\n          value\n          count\n        }\n      }\n      hits {\n        key\n        kind\n        score\n        titleHighlight\n        summaryHighlight\n        achievement {\n          id\n          title\n          industry\n          trl\n          askingPriceWan\n          cooperationModes\n          organization {\n            id\n            name\n          }\n        }\n        need {\n          id\n          title\n          industry\n          minTrl\n          budgetWan\n          ownerLabel\n          teaser\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VocabularyGroups($filter: VocabularyFilterInput, $offset: Int, $first: Int) {\n    vocabularyGroups(filter: $filter, offset: $offset, first: $first) {\n      total\n      items {\n        id\n        terms\n        kind\n        industry\n        source\n        origin\n        oneWayFrom\n        enabled\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  query VocabularyGroups($filter: VocabularyFilterInput, $offset: Int, $first: Int) {\n    vocabularyGroups(filter: $filter, offset: $offset, first: $first) {\n      total\n      items {\n        id\n        terms\n        kind\n        industry\n        source\n        origin\n        oneWayFrom\n        enabled\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddVocabularyGroup($input: VocabularyGroupInput!) {\n    addVocabularyGroup(input: $input) {\n      id\n      terms\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AddVocabularyGroup($input: VocabularyGroupInput!) {\n    addVocabularyGroup(input: $input) {\n      id\n      terms\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVocabularyGroup($id: ID!, $version: Int!, $input: VocabularyGroupInput!) {\n    updateVocabularyGroup(id: $id, version: $version, input: $input) {\n      id\n      terms\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateVocabularyGroup($id: ID!, $version: Int!, $input: VocabularyGroupInput!) {\n    updateVocabularyGroup(id: $id, version: $version, input: $input) {\n      id\n      terms\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveVocabularyGroup($id: ID!) {\n    removeVocabularyGroup(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveVocabularyGroup($id: ID!) {\n    removeVocabularyGroup(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetShippedVocabularyGroupEnabled($id: ID!, $enabled: Boolean!) {\n    setShippedVocabularyGroupEnabled(id: $id, enabled: $enabled) {\n      id\n      enabled\n    }\n  }\n"): (typeof documents)["\n  mutation SetShippedVocabularyGroupEnabled($id: ID!, $enabled: Boolean!) {\n    setShippedVocabularyGroupEnabled(id: $id, enabled: $enabled) {\n      id\n      enabled\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;