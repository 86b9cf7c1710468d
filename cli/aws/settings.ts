// The config keys `--target aws` needs, checked before anything is planned: each refusal names the key and
// what to put there instead.

import type { StockctlConfig } from '../../config/schema.js';
import { UserError } from '../../config/errors.js';

const octet = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4_CIDR = new RegExp(`^${octet}\\.${octet}\\.${octet}\\.${octet}/(\\d{1,2})$`);
/** The widest operator network let in: a /24 (256 addresses). terraform/variables.tf checks the same. */
export const WIDEST_PREFIX = 24;

export function checkOperatorCidr(cidr: string): void {
  const m = IPV4_CIDR.exec(cidr.trim());
  if (!m) throw new UserError(`config key "aws.operator_cidr" must be an IPv4 network such as 203.0.113.7/32, got ${JSON.stringify(cidr)}`, 'set it to your own address as a /32 (find it with `curl https://checkip.amazonaws.com`)');
  const prefix = Number(m[5]);
  if (prefix < WIDEST_PREFIX || prefix > 32) {
    throw new UserError(`config key "aws.operator_cidr" is ${cidr}: a /${prefix} lets in ${prefix > 32 ? 'nothing' : `${2 ** (32 - prefix)} addresses`}; at most a /${WIDEST_PREFIX} is allowed`, 'set it to your own address as a /32, or your office network as a /24 or narrower');
  }
  if (cidr.startsWith('0.')) throw new UserError(`config key "aws.operator_cidr" is ${cidr}, which is not an address anyone connects from`, 'set it to your own address as a /32');
}

// What the instances clone and check out: cloud-init quotes both for the shell; these characters are the only
// ones a git URL or ref needs, so nothing else gets that far.
const REPOSITORY_URL = /^(https:\/\/|ssh:\/\/|git@)[A-Za-z0-9@:/._~%+-]+$/;
const REPOSITORY_REF = /^[A-Za-z0-9._/+-]+$/;

export function checkAwsSettings(config: StockctlConfig): void {
  for (const key of ['operator_cidr', 'key_pair_name', 'repository_url'] as const) {
    if (!config.aws[key]) throw new UserError(`config key "aws.${key}" is required for --target aws`, `set it in your --config file or as STOCKCTL_AWS_${key.toUpperCase()}`);
  }
  checkOperatorCidr(config.aws.operator_cidr);
  if (!REPOSITORY_URL.test(config.aws.repository_url)) {
    throw new UserError(`config key "aws.repository_url" must be an https://, ssh:// or git@ URL of letters, digits and @:/._~%+-, got ${JSON.stringify(config.aws.repository_url)}`, 'give the URL git clone takes, without spaces or quotes');
  }
  if (!REPOSITORY_REF.test(config.aws.repository_ref) || config.aws.repository_ref.startsWith('-')) {
    throw new UserError(`config key "aws.repository_ref" must be a branch, tag or commit (letters, digits and ._/+-, not starting with -), got ${JSON.stringify(config.aws.repository_ref)}`);
  }
}
