"""The policy and the webmail domain list shipped in ``proxy/policy/data``."""

from __future__ import annotations

from importlib import resources

from sentinelle.proxy.policy.schema import normalise_domain


def shipped_policy_text() -> str:
    return resources.files("sentinelle.proxy.policy").joinpath("data/policy.toml").read_text(encoding="utf-8")


def shipped_webmail_domains() -> frozenset[str]:
    text = resources.files("sentinelle.proxy.policy").joinpath("data/webmail_domains.txt").read_text(encoding="utf-8")
    return frozenset(
        normalise_domain(line) for line in text.splitlines() if line.strip() and not line.startswith("#")
    )
