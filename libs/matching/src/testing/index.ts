/** @app/matching/testing — factories for specs. Never imported by the server. */
export { aNeed, anAchievement } from './factories';
