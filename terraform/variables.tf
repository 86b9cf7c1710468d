variable "name" {
  description = "Name of the deployment: prefix of every resource name and the value of the stockctl:deployment tag."
  type        = string
  default     = "stockctl"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,30}$", var.name))
    error_message = "name must be 2-31 characters: lower-case letters, digits and hyphens, starting with a letter."
  }
}

variable "region" {
  description = "AWS region to deploy into, e.g. eu-west-1."
  type        = string
  default     = "us-east-1"

  validation {
    condition     = can(regex("^[a-z]{2}(-gov)?-[a-z]+-[0-9]$", var.region))
    error_message = "region must look like us-east-1 or eu-west-3."
  }
}

variable "operator_cidr" {
  description = "The only network allowed to reach the instances over SSH (and the dashboard, when enabled): your address as a /32, e.g. 203.0.113.7/32, or a network of at most 256 addresses (/24 or narrower)."
  type        = string

  validation {
    # An IPv4 block with a prefix of 24 to 32 (the CLI checks the same before planning): never 0.0.0.0/0, /1 or
    # any wide network, and no 0.x address.
    condition     = can(regex("^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/(2[4-9]|3[0-2])$", var.operator_cidr)) && can(cidrhost(var.operator_cidr, 0)) && !startswith(var.operator_cidr, "0.")
    error_message = "operator_cidr must be one IPv4 address as a /32 or a network of at most 256 addresses (/24 to /32), never 0.0.0.0/0 or any wider block."
  }
}

variable "key_pair_name" {
  description = "Name of an existing EC2 key pair for SSH; stockctl reaches the instances with it (replay, ask and status over an SSH tunnel)."
  type        = string

  validation {
    condition     = length(var.key_pair_name) > 0
    error_message = "key_pair_name must name an existing EC2 key pair."
  }
}

variable "stack_instance_type" {
  description = "Instance type of the main node: PostgreSQL, the first Kafka broker (also the KRaft controller), the Spark master and the streaming job's driver."
  type        = string
  default     = "t3.xlarge"

  validation {
    condition     = can(regex("^[a-z][a-z0-9]*\\.[a-z0-9]+$", var.stack_instance_type))
    error_message = "stack_instance_type must be an EC2 instance type such as t3.xlarge."
  }
}

variable "kafka_instance_type" {
  description = "Instance type of each additional Kafka broker."
  type        = string
  default     = "t3.large"

  validation {
    condition     = can(regex("^[a-z][a-z0-9]*\\.[a-z0-9]+$", var.kafka_instance_type))
    error_message = "kafka_instance_type must be an EC2 instance type such as t3.large."
  }
}

variable "spark_worker_instance_type" {
  description = "Instance type of each Spark worker."
  type        = string
  default     = "t3.large"

  validation {
    condition     = can(regex("^[a-z][a-z0-9]*\\.[a-z0-9]+$", var.spark_worker_instance_type))
    error_message = "spark_worker_instance_type must be an EC2 instance type such as t3.large."
  }
}

variable "kafka_brokers" {
  description = "Number of Kafka brokers, the main node included. With 3 or more, topics are replicated 3 times with min.insync.replicas 2."
  type        = number
  default     = 1

  validation {
    condition     = var.kafka_brokers >= 1 && var.kafka_brokers <= 9 && floor(var.kafka_brokers) == var.kafka_brokers
    error_message = "kafka_brokers must be a whole number from 1 to 9."
  }
}

variable "spark_workers" {
  description = "Number of Spark worker instances. 0 runs the job inside its driver on the main node (local[*]); 1 or more starts a standalone master there and submits the job to it."
  type        = number
  default     = 0

  validation {
    condition     = var.spark_workers >= 0 && var.spark_workers <= 20 && floor(var.spark_workers) == var.spark_workers
    error_message = "spark_workers must be a whole number from 0 to 20."
  }
}

variable "root_volume_size_gb" {
  description = "Size of each instance's gp3 root volume, in GiB (Kafka logs, PostgreSQL data and Spark checkpoints live there)."
  type        = number
  default     = 50

  validation {
    condition     = var.root_volume_size_gb >= 30 && var.root_volume_size_gb <= 16384
    error_message = "root_volume_size_gb must be from 30 to 16384."
  }
}

variable "enable_dashboard" {
  description = "Open the dashboard port to operator_cidr (the dashboard binds to all interfaces on the main node)."
  type        = bool
  default     = false
}

variable "dashboard_port" {
  description = "Port of the dashboard on the main node."
  type        = number
  default     = 8321

  validation {
    condition     = var.dashboard_port >= 1024 && var.dashboard_port <= 65535
    error_message = "dashboard_port must be from 1024 to 65535."
  }
}

variable "repository_url" {
  description = "Git URL the instances clone stockctl from."
  type        = string

  validation {
    # cloud-init quotes it for the shell as well; only the characters a git URL needs are accepted.
    condition     = can(regex("^(https://|ssh://|git@)[A-Za-z0-9@:/._~%+-]+$", var.repository_url))
    error_message = "repository_url must be an https://, ssh:// or git@ URL of letters, digits and @:/._~%+- only."
  }
}

variable "repository_ref" {
  description = "Branch, tag or commit of stockctl to deploy."
  type        = string
  default     = "main"

  validation {
    condition     = can(regex("^[A-Za-z0-9._/+][A-Za-z0-9._/+-]*$", var.repository_ref))
    error_message = "repository_ref must be a branch, tag or commit: letters, digits and ._/+- only, not starting with -."
  }
}

variable "tags" {
  description = "Tags added to every resource, next to Name, Project and stockctl:deployment."
  type        = map(string)
  default     = {}
}

variable "kafka_cluster_id" {
  description = "KRaft cluster id shared by every broker (22 base64url characters); stockctl generates one per deployment."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9_-]{21}[AQgw]$", var.kafka_cluster_id))
    error_message = "kafka_cluster_id must be a Kafka cluster id: 22 base64url characters encoding 16 bytes."
  }
}
