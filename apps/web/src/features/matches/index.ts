export { AchievementMatches } from './components/AchievementMatches';
export type { MatchItem } from './components/MatchList';
export { NeedMatches } from './components/NeedMatches';
