"""deploy/postfix/before-queue and deploy/postfix/lmtp: the snippets parse with Postfix's own postconf.

Each snippet is appended to a copy of this machine's stock main.cf/master.cf (the stock
submission entry, if any, replaced) in a private config directory; `postconf -M/-P`
must parse it, and the ports must be the shipped policy's listen and next hop. The
modes run end to end with real Postfix once the server is in (see docs/modes.md).
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path

from sentinelle.proxy.cli import build_parser
from sentinelle.proxy.policy.loader import parse_policy, shipped_policy_text

ROOT = Path(__file__).resolve().parent.parent
POSTFIX = ROOT / "deploy" / "postfix"
POLICY = parse_policy(shipped_policy_text().encode())
LISTEN = f"{POLICY.server.listen.host}:{POLICY.server.listen.port}"
assert POLICY.server.next_hop.address is not None
NEXT_HOP = f"{POLICY.server.next_hop.address.host}:{POLICY.server.next_hop.address.port}"


def config_dir(tmp_path: Path, mode: str) -> Path:
    directory = tmp_path / mode
    directory.mkdir()
    master = Path("/etc/postfix/master.cf").read_text().splitlines()
    kept: list[str] = []
    skipping = False
    for line in master:  # drop a stock submission entry (and its continuation lines)
        if line.startswith("submission "):
            skipping = True
            continue
        if skipping and (line.startswith((" ", "\t")) or not line.strip()):
            continue
        skipping = False
        kept.append(line)
    (directory / "master.cf").write_text("\n".join(kept) + "\n" + (POSTFIX / mode / "master.cf").read_text())
    main = Path("/etc/postfix/main.cf").read_text()
    extra = POSTFIX / mode / "main.cf"
    (directory / "main.cf").write_text(main + "\n" + (extra.read_text() if extra.exists() else ""))
    return directory


def postconf(directory: Path, *args: str) -> str:
    result = subprocess.run(["postconf", "-c", str(directory), *args], capture_output=True, text=True,
                            timeout=30, check=False)
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr, result.stderr
    return result.stdout


# A real peer: .ci/run installs Debian's postfix package; without it these tests fail, never skip.
assert shutil.which("postconf"), "postconf is missing: install Debian's postfix package (scripts/install --test)"


def test_before_queue_snippet(tmp_path: Path) -> None:
    directory = config_dir(tmp_path, "before-queue")
    params = postconf(directory, "-P")
    assert f"submission/inet/smtpd_proxy_filter = {LISTEN}" in params
    assert "submission/inet/smtpd_proxy_options = speed_adjust" in params
    timeout = int(re.search(r"submission/inet/smtpd_proxy_timeout = (\d+)s", params).group(1))  # type: ignore[union-attr]
    assert timeout > POLICY.server.inspection_timeout_seconds + POLICY.server.next_hop_timeout_seconds
    services = postconf(directory, "-M")
    assert re.search(rf"^{re.escape(NEXT_HOP)}\s+inet\b.*\bsmtpd\b", services, re.MULTILINE)
    assert f"{NEXT_HOP}/inet/smtpd_proxy_filter =" in params  # reinjection never proxied again
    assert f"{NEXT_HOP}/inet/content_filter =" in params
    assert postconf(directory, "-h", "content_filter").strip() == ""


def test_lmtp_snippet(tmp_path: Path) -> None:
    directory = config_dir(tmp_path, "lmtp")
    expected = f"sentinelle-lmtp:[127.0.0.1]:{POLICY.server.listen.port}"
    assert postconf(directory, "-h", "content_filter").strip() == expected
    services = postconf(directory, "-M")
    assert re.search(r"^sentinelle-lmtp\s+unix\b.*\blmtp\b", services, re.MULTILINE)
    params = postconf(directory, "-P")
    done = int(re.search(r"sentinelle-lmtp/unix/lmtp_data_done_timeout = (\d+)s", params).group(1))  # type: ignore[union-attr]
    server = POLICY.server
    assert done > server.data_timeout_seconds + server.inspection_timeout_seconds + server.next_hop_timeout_seconds
    assert f"{NEXT_HOP}/inet/content_filter =" in params


def test_lmtp_systemd_drop_in_runs_serve_lmtp() -> None:
    text = (POSTFIX / "lmtp" / "sentinelle-lmtp.conf").read_text()
    starts = [line.split("=", 1)[1] for line in text.splitlines() if line.startswith("ExecStart=")]
    assert starts[0] == ""  # resets the unit's ExecStart, as a drop-in must
    argv = shlex.split(starts[1])
    args = build_parser().parse_args(argv[1:])
    assert args.command == "serve" and args.lmtp is True
    unit = (ROOT / "deploy" / "systemd" / "sentinelle.service").read_text()
    assert argv[0] in unit and args.policy in unit
