export { CoordinatorEventPanels } from './components/CoordinatorEventPanels';
export { EventActions } from './components/EventActions';
export { EventOverview } from './components/EventOverview';
export { ParticipantEventPanels } from './components/ParticipantEventPanels';
export { EVENT } from './graphql/events';
