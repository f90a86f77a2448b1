/** Bounds of the idle-lock setting; renderer/db/settings.ts enforces the same on write. */
export const IDLE_MINUTES_MIN = 1;
export const IDLE_MINUTES_MAX = 240;

/** The minutes typed into the field, or null when they are not a whole number in range. */
export function parseIdleMinutes(input: string): number | null {
  const text = input.trim();
  if (!/^\d+$/.test(text)) return null;
  const minutes = Number(text);
  return minutes >= IDLE_MINUTES_MIN && minutes <= IDLE_MINUTES_MAX ? minutes : null;
}
