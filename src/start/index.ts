// `pingone-signon-react/start`: the pi.flow authorize sent from a tiny script, before the kit and
// React have downloaded. A separate entry with its own copies of the few kit helpers it uses.
export { startSignOn, type StartConfig, type StartedSignOn } from './startSignOn'
