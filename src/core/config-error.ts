/** A configuration problem that stops start-up with a message an operator can act on. */
export class ConfigError extends Error {}
