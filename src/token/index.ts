// `pingone-signon-react/token`: redeeming the code in the browser with oauth4webapi. A separate
// entry, so that the kit's own entry does not carry oauth4webapi.
export { redeemCode, type RedeemedTokens } from './redeemCode'
export { TokenError, type TokenErrorCode } from './TokenError'
