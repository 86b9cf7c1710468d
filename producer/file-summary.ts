// What a replay says of each file it read: shared by the replay and its resume checkpoint.

export interface FileSummary {
  file: string;
  layout: string;
  /** Why the file could not be read at all (its other counts stay 0). */
  error?: string;
  read: number;
  sent: number;
  rejected: number;
  filtered: number;
  /** Exact repeats of a row already read (same symbol, time and values): counted, not sent. */
  repeats: number;
  /** Its rows' order when it was not market-time order: they were sorted before the merge. */
  sorted?: 'newest first' | 'out of order';
}
