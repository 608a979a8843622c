/**
 * Alerts are edge-triggered: a channel hears when its KPI crosses the threshold and once when it
 * comes back, not at every check while nothing changes. The state between checks is stored per
 * subscription (`bot_subscriptions.alert_state`, migration 9).
 */
export const ALERT_STATES = ['on', 'off'] as const;
/** `on`: the KPI was past the threshold at the last check that had data; `off`: it was not. */
export type AlertState = (typeof ALERT_STATES)[number];

/** What one check means, given the state before it and whether the KPI is past the threshold now. */
export type AlertStep =
  /** It has just crossed: post the alert. */
  | { readonly kind: 'raise' }
  /** It has just come back: post once that it cleared. */
  | { readonly kind: 'clear' }
  /** Still past: the channel already knows. */
  | { readonly kind: 'still-on' }
  /** Still within bounds (or never past since subscribing): nothing to say. */
  | { readonly kind: 'still-off' };

/**
 * The step from `previous` (null: never checked with data) to `past`. A first check that finds the
 * KPI within bounds is not a clearing: nothing was raised.
 */
export function alertStep(previous: AlertState | null, past: boolean): AlertStep {
  if (past) return previous === 'on' ? { kind: 'still-on' } : { kind: 'raise' };
  return previous === 'on' ? { kind: 'clear' } : { kind: 'still-off' };
}

/** The state a step leaves behind. */
export function stateAfter(step: AlertStep): AlertState {
  switch (step.kind) {
    case 'raise':
    case 'still-on':
      return 'on';
    case 'clear':
    case 'still-off':
      return 'off';
  }
}
