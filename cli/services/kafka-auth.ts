// Kafka's listeners and who may use them. kafka.auth none (one machine, loopback): plaintext, as before.
// kafka.auth scram (the AWS layout): brokers and clients log in with SASL/SCRAM-SHA-512, and the KRaft controller
// listener with SASL/PLAIN, as Kafka keeps SCRAM credentials in the metadata the controllers serve (so they
// cannot check SCRAM logins to themselves); every password comes from the state folder's secrets.

import type { StockctlConfig } from '../../config/schema.js';
import { UserError } from '../../config/errors.js';
import { readSecrets, secretsFile, type Secrets } from '../../config/secrets.js';
import { KAFKA_CLIENT_USER } from '../../producer/kafka-client.js';

export const BROKER_USER = 'broker';
export const CONTROLLER_USER = 'controller';

export interface Listeners {
  listeners: string[];
  advertised: string[];
  /** server.properties lines beyond listeners= and advertised.listeners= */
  lines: string[];
}

type KafkaSecrets = Pick<Secrets, 'kafka_broker' | 'kafka_client' | 'kafka_controller'>;

function secretsFor(config: Pick<StockctlConfig, 'paths'>): KafkaSecrets {
  const s = readSecrets(config.paths.state);
  if (!s?.kafka_broker || !s.kafka_client || !s.kafka_controller) {
    throw new UserError(`kafka.auth is scram, but ${secretsFile(config.paths.state)} holds no Kafka passwords`, 'start with `stockctl up`, which generates them (on AWS the node fetches them first)');
  }
  return { kafka_broker: s.kafka_broker, kafka_client: s.kafka_client, kafka_controller: s.kafka_controller };
}

const scramLogin = (user: string, password: string) => `org.apache.kafka.common.security.scram.ScramLoginModule required username="${user}" password="${password}";`;

export function listenerSettings(config: Pick<StockctlConfig, 'kafka' | 'paths'>, advertisedHost: string): Listeners {
  const k = config.kafka;
  const controller = k.process_roles.includes('controller');
  const scram = k.auth === 'scram';
  const broker = scram ? 'BROKER' : 'PLAINTEXT';
  const listeners = [`${broker}://${k.host}:${k.port}`];
  const advertised = [`${broker}://${advertisedHost}:${k.port}`];
  if (controller) listeners.push(`CONTROLLER://${k.host}:${k.controller_port}`);
  if (k.tunnel_port) {
    // Clients behind `ssh -L <port>:…:<port>` are told to come back through the tunnel.
    listeners.push(`TUNNEL://${k.host}:${k.tunnel_port}`);
    advertised.push(`TUNNEL://127.0.0.1:${k.tunnel_port}`);
  }
  const lines = ['controller.listener.names=CONTROLLER', `inter.broker.listener.name=${broker}`];
  if (!scram) return { listeners, advertised, lines: [...lines, 'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,TUNNEL:PLAINTEXT'] };
  const s = secretsFor(config);
  return {
    listeners,
    advertised,
    lines: [
      ...lines,
      'listener.security.protocol.map=BROKER:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT,TUNNEL:SASL_PLAINTEXT',
      'sasl.enabled.mechanisms=SCRAM-SHA-512',
      'sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512',
      'sasl.mechanism.controller.protocol=PLAIN',
      'listener.name.broker.sasl.enabled.mechanisms=SCRAM-SHA-512',
      'listener.name.tunnel.sasl.enabled.mechanisms=SCRAM-SHA-512',
      'listener.name.controller.sasl.enabled.mechanisms=PLAIN',
      `listener.name.broker.scram-sha-512.sasl.jaas.config=${scramLogin(BROKER_USER, s.kafka_broker)}`,
      'listener.name.tunnel.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;',
      // The controller checks PLAIN logins against user_<name>; brokers log in to it with username/password.
      `listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${CONTROLLER_USER}" password="${s.kafka_controller}" user_${CONTROLLER_USER}="${s.kafka_controller}";`,
    ],
  };
}

/** `kafka-storage format` arguments that put the broker's and the clients' SCRAM credentials in the first metadata. */
export function scramBootstrapArgs(config: Pick<StockctlConfig, 'kafka' | 'paths'>): string[] {
  if (config.kafka.auth !== 'scram') return [];
  const s = secretsFor(config);
  return [
    '--add-scram', `SCRAM-SHA-512=[name=${BROKER_USER},password=${s.kafka_broker}]`,
    '--add-scram', `SCRAM-SHA-512=[name=${KAFKA_CLIENT_USER},password=${s.kafka_client}]`,
  ];
}
