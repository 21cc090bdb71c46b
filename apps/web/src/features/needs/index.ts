// What the app's pages compose from this feature.
export { NeedActions } from './components/NeedActions';
export { NeedDetails } from './components/NeedDetails';
export { NEED, NEEDS } from './graphql/needs';
