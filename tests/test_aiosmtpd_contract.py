"""What Sentinelle relies on inside aiosmtpd and aiosmtplib, checked so that an upgrade fails here,
loudly, instead of silently changing behaviour in production.

proxy/server.py overrides three private methods of ``aiosmtpd.smtp.SMTP`` (``_handle_client``,
``_reset_timeout``, ``_timeout_cb``), calls ``_set_post_data_state`` and reads ``_reader`` and
``_timeout_handle``; proxy/lmtp.py calls ``_set_post_data_state``; proxy/relay.py writes the onward
DATA through aiosmtplib's protocol (``_command_lock``, ``_response_pending``). Their source is pinned by
hash: when a new release changes one, review the override against it, then update the hash here and
the tested range in pyproject.toml. Every reply aiosmtpd can send by itself must get an enhanced
status code from ``proxy.server.enhanced`` (or be one of the exempt replies).
"""

from __future__ import annotations

import ast
import hashlib
import inspect
import re
from importlib import metadata
from pathlib import Path

import aiosmtpd.lmtp
import aiosmtpd.smtp
import aiosmtplib.protocol
import pytest

from sentinelle.proxy.smtp.parameters import enhanced
from sentinelle.proxy.smtp.server import SentinelleLMTP, SentinelleSMTP, _DataReceiver, _Guarded

TESTED = {"aiosmtpd": "1.4.6", "aiosmtplib": "5.1.3"}

# sha256 of inspect.getsource() of what the overrides and calls rely on, in the tested versions.
PINNED_SOURCES = {
    "aiosmtpd.smtp.SMTP._handle_client": "0e4d096403af6c74c87b2fe722c213884e2140a9388e95feb05aec2f39e05556",
    "aiosmtpd.smtp.SMTP._reset_timeout": "fef19b94d28dff319ca0ca9ecc1884e8f419d9f016d1d25380b01d5e85ff3c78",
    "aiosmtpd.smtp.SMTP._timeout_cb": "10a7351f9bec281831442cd03ddb4f403d0d3f18b939976ea4f83b9ff557c10d",
    "aiosmtpd.smtp.SMTP._set_post_data_state": "1dc8a8abca2a81644a605b8ebf427fc7472eeadf5149dd3cf2591fa86b2256e9",
    "aiosmtpd.smtp.SMTP.connection_made": "77a45df5065bba343a040b6f6c88de8907b40c80bc03727e7f18ede20d19f4bf",
    "aiosmtpd.smtp.SMTP.connection_lost": "d3bf6349bc3c25c1da222896000a041fae278d177036ffaea0cabc4cb9bc655b",
    "aiosmtpd.smtp.SMTP.smtp_EHLO": "1d91592dd954c4cd87bf365fc57f0a16e36d9ff911cda1b2b253a4981618f19f",
    "aiosmtpd.smtp.SMTP.check_helo_needed": "9829bb73251c983eef39d54df95b7d7a177c054e315fecfa0602fa74f9eee8c4",
    "aiosmtpd.lmtp.LMTP.smtp_LHLO": "3eccab8208388048f42bff47918d769badc2d93b8951a16b7ae4af07006a7202",
    "aiosmtplib.protocol.SMTPProtocol.execute_data_command":
        "a55f9634add2db0870711d0cac99ccba3240e58cb14deabdf7b9b12148b3060a",
    "aiosmtplib.protocol.SMTPProtocol.read_response":
        "0b9d810b358b1b0b439859b12ca972bc9e5c124cfe91f32d1116c69c9ade78ba",
    "aiosmtplib.protocol.SMTPProtocol.data_received":
        "5edbbead3dc9698784df668a3bde4d03c2f15c0bec619845d19c46d6874f570a",
}

# Replies aiosmtpd sends that carry no enhanced code on purpose (RFC 2034 section 3: the greeting and
# the replies to HELO/EHLO/LHLO; 354 is an intermediate reply).
EXEMPT = ("220 {}", "250 {}", "250-", "250 HELP", "354 ")


def _resolve(dotted: str) -> object:
    module_name, class_name, attribute = dotted.rsplit(".", 2)
    module = {"aiosmtpd.smtp": aiosmtpd.smtp, "aiosmtpd.lmtp": aiosmtpd.lmtp,
              "aiosmtplib.protocol": aiosmtplib.protocol}[module_name]
    return getattr(getattr(module, class_name), attribute)


def _digest(dotted: str) -> str:
    return hashlib.sha256(inspect.getsource(_resolve(dotted)).encode()).hexdigest()  # type: ignore[arg-type]


def test_the_installed_versions_are_the_tested_ones() -> None:
    installed = {name: metadata.version(name) for name in TESTED}
    assert installed == TESTED, "a new aiosmtpd/aiosmtplib: review the overrides (this module's docstring)"


@pytest.mark.parametrize("dotted", sorted(PINNED_SOURCES))
def test_relied_on_source_is_unchanged(dotted: str) -> None:
    assert _digest(dotted) == PINNED_SOURCES[dotted], (
        f"{dotted} changed: review the code in proxy/ that relies on it, then update the hash")


def test_private_signatures_and_attributes_are_there() -> None:
    smtp = aiosmtpd.smtp.SMTP
    assert list(inspect.signature(smtp._reset_timeout).parameters) == ["self", "duration"]
    assert list(inspect.signature(smtp._timeout_cb).parameters) == ["self"]
    assert inspect.iscoroutinefunction(smtp._handle_client)
    assert smtp.line_length_limit == 1001  # the reader's limit: lines beyond come as fragments
    source = inspect.getsource(smtp.__init__)
    for attribute in ("self._timeout_handle", "self.loop", "self.event_handler", "self.data_size_limit"):
        assert attribute in source, attribute
    assert "_reader" in inspect.getsource(smtp._cb_client_connected)
    protocol = inspect.getsource(aiosmtplib.protocol.SMTPProtocol)
    assert "self._command_lock" in protocol and "self._response_pending" in protocol


def test_the_listeners_receive_data_themselves() -> None:
    """DATA is read by ``_DataReceiver`` in both listeners, after the LMTP per-recipient wrapper."""
    for listener in (SentinelleSMTP, SentinelleLMTP):
        owners = [cls for cls in listener.__mro__ if "smtp_DATA" in vars(cls)]
        assert owners[0] is _Guarded and _DataReceiver in owners
        assert owners.index(_DataReceiver) < owners.index(aiosmtpd.smtp.SMTP)
    lmtp_owners = [cls.__name__ for cls in SentinelleLMTP.__mro__ if "smtp_DATA" in vars(cls)]
    assert lmtp_owners[:3] == ["_Guarded", "PerRecipientLMTP", "_DataReceiver"]


def _reply_literals(module: object) -> list[str]:
    """Every string in ``module``'s source that starts like an SMTP reply (f-strings by their start)."""
    tree = ast.parse(Path(inspect.getsourcefile(module) or "").read_text())  # type: ignore[arg-type]
    found: list[str] = []
    for node in ast.walk(tree):
        text = None
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        elif isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
            text = str(node.values[0].value) + "{}"
        if text is not None and re.match(r"\d{3}[ -]", text):
            found.append(text)
    return found


@pytest.mark.parametrize("module", [aiosmtpd.smtp, aiosmtpd.lmtp], ids=["smtp", "lmtp"])
def test_every_aiosmtpd_reply_gets_an_enhanced_code(module: object) -> None:
    literals = _reply_literals(module)
    assert literals
    missing = [text for text in literals
               if not text.startswith(EXEMPT) and not re.match(r"\d{3} [245]\.\d+\.\d+ ", enhanced(text))]
    assert missing == []
