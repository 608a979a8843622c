import { parse } from 'node:querystring';

/**
 * Whether Bolt's HTTPReceiver will read this body as a JSON object, the only shape a Slack payload
 * has. Bolt reads fields of whatever it parsed without checking it first, outside any handler: a
 * signed `payload=null` (or a JSON `null`) throws a TypeError there that nothing catches, and the
 * unhandled rejection stops the process. Arrays, strings and numbers do not throw but are no Slack
 * payload either; Bolt would hold each for its three-second ack timer and then answer 404.
 */
export function readsAsObject(text: string, contentType: string | undefined): boolean {
  let parsed: unknown;
  try {
    parsed = parseAsBoltDoes(text, contentType);
  } catch {
    return false;
  }
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
}

/**
 * Bolt 5's parseHTTPRequestBody, down to its exact content-type comparison (a form type with a
 * charset is parsed as JSON), so that this check and Bolt read every body alike.
 */
function parseAsBoltDoes(text: string, contentType: string | undefined): unknown {
  if (contentType === 'application/x-www-form-urlencoded') {
    const form = parse(text);
    const { payload } = form;
    return typeof payload === 'string' ? JSON.parse(payload) : form;
  }
  return JSON.parse(text);
}
