/**
 * Channel names alone, free of zod, so the sandboxed preload bundle stays tiny:
 * the preload imports this file, main imports ipcContract (which re-exports it).
 */

/** The one main → renderer event channel (native menu commands). */
export const HOST_COMMAND_CHANNEL = 'host:command';
