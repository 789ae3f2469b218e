"""The policy: its frozen values (``schema``), the loader that validates policy.toml into them, and the
shipped default (``data/``)."""
