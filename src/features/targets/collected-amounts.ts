/**
 * The port through which targets read money collected (货款回收). The contract ledger owns those numbers; the
 * targets feature only asks this question of it, so neither imports the other's tables.
 */
export interface CollectedAmounts {
  /**
   * Payments confirmed in `[fromUtc, toUtc)`, per rep credited with them, in integer minor units of the team's
   * currency. Reps with nothing collected may be missing from the map.
   */
  byRep(teamId: string, fromUtc: Date, toUtc: Date): Promise<Map<string, number>>;
}

export function totalOf(amounts: Map<string, number>, userIds?: readonly string[]): number {
  let total = 0;
  for (const [userId, amount] of amounts) if (!userIds || userIds.includes(userId)) total += amount;
  return total;
}
