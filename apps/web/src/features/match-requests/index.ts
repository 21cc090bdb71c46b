export { RequestMatchButton } from './components/RequestMatchButton';
