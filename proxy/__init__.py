"""Sentinelle: outbound-email DLP SMTP proxy for health care."""

__version__ = "0.1.0"
