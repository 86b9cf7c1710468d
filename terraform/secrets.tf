# The deployment's secrets: one SSM SecureString per secret, and a role that lets the instances read them.
#
# The parameters are created here with a placeholder value; `stockctl up --target aws` writes the real values
# straight to SSM after apply (PutParameter, SecureString). No secret is a Terraform variable: Terraform keeps
# every attribute of every resource, sensitive or not, in clear in its state and plan files, so a value passed
# through it would sit on the operator's disk (and in any remote state bucket). `ignore_changes` keeps later
# plans from putting the placeholder back. The nodes poll until the placeholders are replaced.

locals {
  # The secrets a deployment has (config/secrets.ts, SECRET_NAMES; a test keeps the two lists equal).
  secret_names  = ["postgres_admin", "postgres_writer", "postgres_reader", "kafka_controller", "kafka_broker", "kafka_client", "spark_auth"]
  secret_prefix = "/stockctl/${var.name}"
}

resource "aws_ssm_parameter" "secret" {
  for_each = toset(local.secret_names)

  name        = "${local.secret_prefix}/${each.key}"
  description = "stockctl ${var.name}: ${each.key}, written by stockctl up --target aws after apply"
  type        = "SecureString"
  value       = "unset"

  lifecycle {
    ignore_changes = [value]
  }

  tags = local.tags
}

data "aws_iam_policy_document" "assume_by_ec2" {
  statement {
    sid     = "InstancesOfThisDeployment"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "node" {
  name               = "${var.name}-node"
  description        = "stockctl ${var.name}: the instances read their deployment's secrets, nothing else"
  assume_role_policy = data.aws_iam_policy_document.assume_by_ec2.json

  tags = local.tags
}

data "aws_iam_policy_document" "read_secrets" {
  statement {
    sid       = "ReadThisDeploymentsSecrets"
    actions   = ["ssm:GetParameter", "ssm:GetParameters"]
    resources = [for p in aws_ssm_parameter.secret : p.arn]
  }

  # SecureStrings are encrypted with the account's aws/ssm key; decrypting is allowed only through SSM.
  statement {
    sid       = "DecryptThroughSsmOnly"
    actions   = ["kms:Decrypt"]
    resources = ["*"]

    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = ["ssm.${var.region}.amazonaws.com"]
    }
  }
}

resource "aws_iam_role_policy" "read_secrets" {
  name   = "${var.name}-read-secrets"
  role   = aws_iam_role.node.id
  policy = data.aws_iam_policy_document.read_secrets.json
}

resource "aws_iam_instance_profile" "node" {
  name = "${var.name}-node"
  role = aws_iam_role.node.name

  tags = local.tags
}
