"""The one table of exit codes every command follows (README, every ``--help``)."""

from __future__ import annotations

EXIT_OK = 0
EXIT_FINDING = 1
EXIT_USAGE = 2

EXIT_CODES = """exit codes (every command):
  0  success: done; the policy is valid; every recipient would be delivered (check)
  1  a finding the command reports: an invalid policy (any command); a recipient that
     would be refused or deferred (check); a key refused or not found (keys); a key
     file not written (dkim keygen); a start-up failure (serve)
  2  usage error: unknown option or bad value, a missing or unreadable input file"""
