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
}
