locals {
  tags = merge(var.tags, {
    Project               = "stockctl"
    "stockctl:deployment" = var.name
  })

  # Topics are replicated on up to three brokers; one broker may be down without stopping writes.
  replication_factor = min(var.kafka_brokers, 3)
  min_insync         = max(1, local.replication_factor - 1)

  node_setup = {
    name                = var.name
    region              = var.region
    repository_url      = var.repository_url
    repository_ref      = var.repository_ref
    kafka_cluster_id    = var.kafka_cluster_id
    replication_factor  = local.replication_factor
    min_insync_replicas = local.min_insync
    spark_workers       = var.spark_workers
    dashboard_port      = var.dashboard_port
    enable_dashboard    = var.enable_dashboard
  }
}

# The newest Ubuntu LTS image published by Canonical.
data "aws_ami" "ubuntu" {
  most_recent = true
  owners      = ["099720109477"]

  filter {
    name   = "name"
    values = ["ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-*"]
  }

  filter {
    name   = "virtualization-type"
    values = ["hvm"]
  }
}

data "aws_vpc" "default" {
  default = true
}

data "aws_subnets" "default" {
  filter {
    name   = "vpc-id"
    values = [data.aws_vpc.default.id]
  }
}

resource "aws_security_group" "stack" {
  name        = "${var.name}-stack"
  description = "stockctl: SSH (and the dashboard) from the operator only; Kafka, PostgreSQL and Spark between the instances only"
  vpc_id      = data.aws_vpc.default.id

  tags = merge(local.tags, { Name = "${var.name}-stack" })
}

resource "aws_vpc_security_group_ingress_rule" "ssh" {
  security_group_id = aws_security_group.stack.id
  description       = "SSH from the operator"
  cidr_ipv4         = var.operator_cidr
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22

  tags = local.tags
}

resource "aws_vpc_security_group_ingress_rule" "dashboard" {
  count = var.enable_dashboard ? 1 : 0

  security_group_id = aws_security_group.stack.id
  description       = "The dashboard, from the operator"
  cidr_ipv4         = var.operator_cidr
  ip_protocol       = "tcp"
  from_port         = var.dashboard_port
  to_port           = var.dashboard_port

  tags = local.tags
}

resource "aws_vpc_security_group_ingress_rule" "between_instances" {
  security_group_id            = aws_security_group.stack.id
  description                  = "Kafka, PostgreSQL and Spark between the stack's own instances"
  referenced_security_group_id = aws_security_group.stack.id
  ip_protocol                  = "-1"

  tags = local.tags
}

resource "aws_vpc_security_group_egress_rule" "all" {
  security_group_id = aws_security_group.stack.id
  description       = "Packages and the repository during setup"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "-1"

  tags = local.tags
}

# PostgreSQL, the first Kafka broker (the KRaft controller), the Spark master and the streaming job's driver.
resource "aws_instance" "stack" {
  ami                    = data.aws_ami.ubuntu.id
  instance_type          = var.stack_instance_type
  key_name               = var.key_pair_name
  subnet_id              = data.aws_subnets.default.ids[0]
  vpc_security_group_ids = [aws_security_group.stack.id]
  iam_instance_profile   = aws_iam_instance_profile.node.name

  root_block_device {
    volume_type = "gp3"
    volume_size = var.root_volume_size_gb
    encrypted   = true
    tags        = merge(local.tags, { Name = "${var.name}-stack" })
  }

  metadata_options {
    http_tokens = "required"
  }

  user_data = templatefile("${path.module}/cloud-init.yaml.tftpl", merge(local.node_setup, {
    role       = "stack"
    node_id    = 1
    controller = ""
    master     = ""
  }))

  tags = merge(local.tags, { Name = "${var.name}-stack", "stockctl:role" = "stack" })
}

resource "aws_instance" "kafka" {
  count = var.kafka_brokers - 1

  ami                    = data.aws_ami.ubuntu.id
  instance_type          = var.kafka_instance_type
  key_name               = var.key_pair_name
  subnet_id              = data.aws_subnets.default.ids[0]
  vpc_security_group_ids = [aws_security_group.stack.id]
  iam_instance_profile   = aws_iam_instance_profile.node.name

  root_block_device {
    volume_type = "gp3"
    volume_size = var.root_volume_size_gb
    encrypted   = true
    tags        = merge(local.tags, { Name = "${var.name}-kafka-${count.index + 2}" })
  }

  metadata_options {
    http_tokens = "required"
  }

  user_data = templatefile("${path.module}/cloud-init.yaml.tftpl", merge(local.node_setup, {
    role       = "kafka"
    node_id    = count.index + 2
    controller = aws_instance.stack.private_ip
    master     = ""
  }))

  tags = merge(local.tags, { Name = "${var.name}-kafka-${count.index + 2}", "stockctl:role" = "kafka" })
}

resource "aws_instance" "spark_worker" {
  count = var.spark_workers

  ami                    = data.aws_ami.ubuntu.id
  instance_type          = var.spark_worker_instance_type
  key_name               = var.key_pair_name
  subnet_id              = data.aws_subnets.default.ids[0]
  vpc_security_group_ids = [aws_security_group.stack.id]
  iam_instance_profile   = aws_iam_instance_profile.node.name

  root_block_device {
    volume_type = "gp3"
    volume_size = var.root_volume_size_gb
    encrypted   = true
    tags        = merge(local.tags, { Name = "${var.name}-spark-worker-${count.index + 1}" })
  }

  metadata_options {
    http_tokens = "required"
  }

  user_data = templatefile("${path.module}/cloud-init.yaml.tftpl", merge(local.node_setup, {
    role       = "spark-worker"
    node_id    = 0
    controller = ""
    master     = aws_instance.stack.private_ip
  }))

  tags = merge(local.tags, { Name = "${var.name}-spark-worker-${count.index + 1}", "stockctl:role" = "spark-worker" })
}
