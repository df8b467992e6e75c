export { createEmulator } from './createEmulator'
export type { Emulator, EmulatorOptions } from './createEmulator'
export { defaultConfig } from './config'
export type { EmulatorApplication, EmulatorConfig, EmulatorSocialProvider, EmulatorUser } from './config'
