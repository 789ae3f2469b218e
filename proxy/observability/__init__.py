"""What Sentinelle tells its operators: Prometheus metrics, the /metrics /healthz /readyz listener, the audit
trail."""
