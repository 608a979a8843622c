import * as kpi from './kpi.js';

/** Every chat command, one file each (the discord.js guide's shape): its definition, `execute` and `autocomplete`. */
export const COMMANDS = [kpi] as const;
