// What the app's pages compose from this feature.
export { AchievementActions } from './components/AchievementActions';
export { AchievementDetails } from './components/AchievementDetails';
export { ACHIEVEMENT, ACHIEVEMENTS } from './graphql/achievements';
