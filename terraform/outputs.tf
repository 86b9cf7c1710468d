output "deployment" {
  description = "The deployment's name, also the value of the stockctl:deployment tag on every resource."
  value       = var.name
}

output "stack_instance_id" {
  description = "Instance id of the main node (PostgreSQL, Kafka controller, Spark master and driver)."
  value       = aws_instance.stack.id
}

output "stack_public_ip" {
  description = "Public IPv4 address of the main node."
  value       = aws_instance.stack.public_ip
}

output "stack_public_dns" {
  description = "Public DNS name of the main node."
  value       = aws_instance.stack.public_dns
}

output "stack_private_ip" {
  description = "Private address of the main node, where the other instances reach Kafka's controller and the Spark master."
  value       = aws_instance.stack.private_ip
}

output "kafka_instance_ids" {
  description = "Instance ids of the additional Kafka brokers."
  value       = aws_instance.kafka[*].id
}

output "kafka_private_ips" {
  description = "Private addresses of the additional Kafka brokers, in node id order (2, 3, …)."
  value       = aws_instance.kafka[*].private_ip
}

output "spark_worker_instance_ids" {
  description = "Instance ids of the Spark workers."
  value       = aws_instance.spark_worker[*].id
}

output "instance_ids" {
  description = "Every instance of the deployment, for status checks."
  value       = concat([aws_instance.stack.id], aws_instance.kafka[*].id, aws_instance.spark_worker[*].id)
}

output "ssh_command" {
  description = "How to log in to the main node."
  value       = "ssh -i <your key for ${var.key_pair_name}> ubuntu@${aws_instance.stack.public_dns}"
}

output "spark_master_url" {
  description = "The Spark master the job is submitted to (empty when it runs in local mode)."
  value       = var.spark_workers > 0 ? "spark://${aws_instance.stack.private_ip}:7077" : ""
}
