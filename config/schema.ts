// The shape of config/stockctl.yaml, defined once: the validator and the TypeScript type both come from SPEC.

export interface Field<T> {
  readonly describe: string;
  /** Converts a YAML value or an environment string; returns an error text when it does not fit. */
  parse(value: unknown): { value: T } | { error: string };
}

const fromEnvString = (value: unknown): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value.trim()) : value;

export const text = (opts: { allowEmpty?: boolean } = {}): Field<string> => ({
  describe: opts.allowEmpty ? 'a string' : 'a non-empty string',
  parse(value) {
    if (typeof value === 'number') value = String(value);
    if (typeof value !== 'string') return { error: 'must be a string' };
    if (!opts.allowEmpty && value.trim() === '') return { error: 'must not be empty' };
    return { value };
  },
});

export const int = (min: number, max = Number.MAX_SAFE_INTEGER): Field<number> => ({
  describe: `an integer from ${min} to ${max}`,
  parse(raw) {
    const value = fromEnvString(raw);
    if (typeof value !== 'number' || !Number.isInteger(value)) return { error: `must be an integer, got ${JSON.stringify(raw)}` };
    if (value < min || value > max) return { error: `must be from ${min} to ${max}, got ${value}` };
    return { value };
  },
});

export const port = (): Field<number> => int(1, 65535);

export const pattern = (re: RegExp, example: string): Field<string> => ({
  describe: `like ${example}`,
  parse(value) {
    if (typeof value !== 'string' || !re.test(value.trim())) return { error: `must look like ${example}, got ${JSON.stringify(value)}` };
    return { value: value.trim() };
  },
});

export const timezone = (): Field<string> => ({
  describe: 'an IANA time zone such as America/New_York',
  parse(value) {
    if (typeof value !== 'string') return { error: 'must be a time zone name' };
    // The canonical names first: listing them costs ~1 ms where a formatter for one costs ~14 (its ICU data).
    if (Intl.supportedValuesOf('timeZone').includes(value)) return { value };
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: value });
      return { value };
    } catch {
      return { error: `is not a known time zone: ${JSON.stringify(value)} (use an IANA name such as America/New_York)` };
    }
  },
});

/** The name of an environment variable; a value that is not one is not echoed back (it may be the key itself). */
export const envName = (): Field<string> => ({
  describe: 'the name of an environment variable, such as OPENAI_API_KEY, or empty',
  parse(value) {
    if (typeof value !== 'string' || !/^([A-Za-z_][A-Za-z0-9_]*)?$/.test(value.trim())) return { error: 'must be the NAME of an environment variable (letters, digits and _), not the key itself' };
    return { value: value.trim() };
  },
});

export const SPEC = {
  paths: {
    state: text(),
    tools: text(),
  },
  kafka: {
    host: text(),
    port: port(),
    controller_port: port(),
    topic: pattern(/^[A-Za-z0-9._-]{1,249}$/, 'stock-prices'),
    dead_letter_topic: pattern(/^[A-Za-z0-9._-]{1,249}$/, 'stock-prices.dead-letter'),
    partitions: int(1, 1000),
    heap: pattern(/^\d+[mMgG]$/, '512m'),
    advertised_host: text({ allowEmpty: true }),
    node_id: int(1, 1000),
    cluster_id: pattern(/^([A-Za-z0-9_-]{21}[AQgw])?$/, 'a 22-character KRaft cluster id, or empty'),
    process_roles: pattern(/^(broker,controller|controller,broker|broker)$/, 'broker,controller or broker'),
    controller_quorum: text({ allowEmpty: true }),
    replication_factor: int(1, 9),
    min_insync_replicas: int(1, 9),
    tunnel_port: int(0, 65535),
    auth: pattern(/^(none|scram)$/, 'none or scram'),
    password: text({ allowEmpty: true }),
  },
  postgres: {
    url: text({ allowEmpty: true }),
    host: text(),
    port: port(),
    database: pattern(/^[A-Za-z_][A-Za-z0-9_]{0,62}$/, 'stockctl'),
    admin_user: pattern(/^[A-Za-z_][A-Za-z0-9_]{0,62}$/, 'stockctl'),
    admin_password: text({ allowEmpty: true }),
    writer_user: pattern(/^[A-Za-z_][A-Za-z0-9_]{0,62}$/, 'stockctl_writer'),
    writer_password: text({ allowEmpty: true }),
    reader_user: pattern(/^[A-Za-z_][A-Za-z0-9_]{0,62}$/, 'stockctl_reader'),
    reader_password: text({ allowEmpty: true }),
    reader_connection_limit: int(1, 10_000),
    tls: pattern(/^(on|off)$/, 'on or off'),
    start_timeout_s: int(1, 3600),
  },
  spark: {
    master: pattern(/^(local(\[(\*|\d+)\])?|spark:\/\/.+|yarn|k8s:\/\/.+)$/, 'local[*] or spark://host:7077'),
    driver_memory: pattern(/^\d+[mMgG]$/, '1g'),
    executor_memory: pattern(/^\d+[mMgG]$/, '1g'),
    ui_port: port(),
    trigger_interval: pattern(/^\d+ (milliseconds?|seconds?|minutes?)$/, '2 seconds'),
    max_offsets_per_trigger: int(1),
    shuffle_partitions: int(1, 10000),
    write_batch_rows: int(1, 1_000_000),
    starting_offsets: pattern(/^(earliest|latest)$/, 'earliest'),
    authenticate: pattern(/^(true|false)$/, 'true or false'),
  },
  replay: {
    speed: pattern(/^(max|\d+(\.\d+)?x|\d+(\.\d+)?d\/s)$/i, '10x, max or 1d/s'),
    batch_size: int(1, 100_000),
    sort_memory_rows: int(100, 10_000_000),
  },
  market: {
    timezone: timezone(),
  },
  aws: {
    name: pattern(/^[a-z][a-z0-9-]{1,30}$/, 'stockctl'),
    region: pattern(/^[a-z]{2}(-gov)?-[a-z]+-\d$/, 'us-east-1'),
    operator_cidr: text({ allowEmpty: true }),
    key_pair_name: text({ allowEmpty: true }),
    ssh_key_file: text({ allowEmpty: true }),
    stack_instance_type: text(),
    kafka_instance_type: text(),
    spark_worker_instance_type: text(),
    kafka_brokers: int(1, 9),
    spark_workers: int(0, 20),
    root_volume_size_gb: int(30, 16384),
    enable_dashboard: pattern(/^(true|false)$/, 'true or false'),
    dashboard_port: port(),
    repository_url: text({ allowEmpty: true }),
    repository_ref: text(),
    terraform_bin: text({ allowEmpty: true }),
    ssh_bin: text(),
    endpoint: text({ allowEmpty: true }),
  },
  dashboard: {
    host: text(),
    port: port(),
    allowed_hosts: text({ allowEmpty: true }),
    max_clients: int(1, 10_000),
  },
  ask: {
    row_cap: int(1, 1_000_000),
    statement_timeout_ms: int(100, 600_000),
    // A language model for questions the rules do not read (sql/ask/model/); off while url is empty.
    model: {
      url: pattern(/^(https?:\/\/\S+)?$/, 'http://127.0.0.1:11434/v1, or empty'),
      name: text({ allowEmpty: true }),
      /** The NAME of the environment variable holding the key: the key itself is never in a file. */
      key_env: envName(),
      timeout_ms: int(100, 600_000),
      retries: int(0, 10),
    },
  },
} as const;

type Infer<S> = { readonly [K in keyof S]: S[K] extends Field<infer T> ? T : Infer<S[K]> };

export type StockctlConfig = Infer<typeof SPEC>;
