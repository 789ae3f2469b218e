"""deploy/patient-index: the nightly build as systemd units and as a Kubernetes component (issue 15 item 5).

Real tools, as in test_deploy_systemd.py / test_deploy_kubernetes.py: ``systemd-analyze verify``,
``kubectl kustomize`` and kubernetes-validate (strict). The command lines the units and the
CronJob run are parsed by the real CLI parser, and the mounts are checked against a policy whose
``[classifiers.index]`` points into them.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml

from sentinelle.proxy.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
UNITS = ROOT / "deploy" / "patient-index" / "systemd"
COMPONENT = ROOT / "deploy" / "patient-index" / "kubernetes"
INSTALLED = "/opt/sentinelle/bin/sentinelle"
VENV_SENTINELLE = Path(sys.executable).parent / "sentinelle"
KUBECTL = shutil.which("kubectl")

assert shutil.which("systemd-analyze"), "systemd-analyze missing: install the systemd package (scripts/install --test)"


def _exec_start(unit_text: str) -> list[str]:
    line = next(line for line in unit_text.splitlines() if line.startswith("ExecStart="))
    return shlex.split(line.partition("=")[2])


def test_units_pass_systemd_analyze_verify(tmp_path: Path) -> None:
    assert VENV_SENTINELLE.exists(), "the venv has no sentinelle script"
    for name in ("sentinelle-index.service", "sentinelle-index.timer"):
        (tmp_path / name).write_text((UNITS / name).read_text().replace(INSTALLED, str(VENV_SENTINELLE)))
    result = subprocess.run(["systemd-analyze", "verify", "--man=no", str(tmp_path / "sentinelle-index.timer"),
                             str(tmp_path / "sentinelle-index.service")],
                            capture_output=True, text=True, timeout=60, check=False)
    problems = [line for line in (result.stdout + result.stderr).splitlines() if "sentinelle-index" in line]
    assert result.returncode == 0 and problems == [], result.stdout + result.stderr


def test_verify_would_catch_a_bad_unit(tmp_path: Path) -> None:
    broken = tmp_path / "sentinelle-index.service"
    broken.write_text((UNITS / "sentinelle-index.service").read_text().replace(INSTALLED, str(VENV_SENTINELLE))
                      .replace("Type=oneshot", "Type=oneshoot"))
    result = subprocess.run(["systemd-analyze", "verify", "--man=no", str(broken)],
                            capture_output=True, text=True, timeout=60, check=False)
    assert "oneshoot" in result.stdout + result.stderr


def test_unit_command_is_the_cli_and_keeps_the_key_apart() -> None:
    argv = _exec_start((UNITS / "sentinelle-index.service").read_text())
    assert argv[0] == INSTALLED
    args = build_parser().parse_args(argv[1:])
    assert (args.command, args.index_command) == ("index", "build")
    assert Path(args.key).parent != Path(args.out).parent
    text = (UNITS / "sentinelle-index.service").read_text()
    assert "ExecStartPost=+/bin/systemctl reload sentinelle.service" in text
    assert f"ExecStartPost=/bin/rm -f {args.export}" in text


def render(tmp_path: Path) -> list[dict[str, Any]]:
    assert KUBECTL, "kubectl (with its built-in kustomize) is needed"
    overlay = tmp_path / "overlay"
    overlay.mkdir()
    base = os.path.relpath(ROOT / "deploy" / "kubernetes", overlay)
    component = os.path.relpath(COMPONENT, overlay)
    (overlay / "kustomization.yaml").write_text(f"resources: [{base}]\ncomponents: [{component}]\n")
    result = subprocess.run([KUBECTL, "kustomize", str(overlay)], capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    return [doc for doc in yaml.safe_load_all(result.stdout) if doc]


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    return render(tmp_path_factory.mktemp("k8s"))


def _one(docs: list[dict[str, Any]], kind: str, name: str | None = None) -> dict[str, Any]:
    found = [d for d in docs if d["kind"] == kind and (name is None or d["metadata"]["name"] == name)]
    assert len(found) == 1, (kind, name, len(found))
    return found[0]


@pytest.mark.parametrize("version", ("1.28.0", kubernetes_validate.latest_version()))
def test_component_validates_strictly(docs: list[dict[str, Any]], version: str) -> None:
    kinds = set()
    for doc in docs:
        if doc["apiVersion"].startswith("monitoring.coreos.com/"):
            continue
        kubernetes_validate.validate(doc, version, strict=True)
        kinds.add(doc["kind"])
    assert {"CronJob", "PersistentVolumeClaim", "Role", "RoleBinding", "ServiceAccount"} <= kinds


def test_key_from_a_secret_and_index_from_a_volume_read_only(docs: list[dict[str, Any]]) -> None:
    pod = _one(docs, "Deployment")["spec"]["template"]["spec"]
    volumes = {v["name"]: v for v in pod["volumes"]}
    assert volumes["patient-index-key"]["secret"]["secretName"] == "sentinelle-patient-index-key"
    assert volumes["patient-index-key"]["secret"]["defaultMode"] & 0o007 == 0  # never readable by others
    assert volumes["patient-index"]["persistentVolumeClaim"] == {"claimName": "sentinelle-patient-index",
                                                                 "readOnly": True}
    container = next(c for c in pod["containers"] if c["name"] == "sentinelle")
    mounts = {m["name"]: m for m in container["volumeMounts"]}
    assert mounts["patient-index-key"]["readOnly"] and mounts["patient-index"]["readOnly"]
    assert mounts["patient-index-key"]["mountPath"] != mounts["patient-index"]["mountPath"]
    # The paths the docs tell administrators to put in [classifiers.index] lie inside the mounts.
    doc = (ROOT / "docs" / "patient-index.md").read_text()
    assert f'path = "{mounts["patient-index"]["mountPath"]}/patient-index.bin"' in doc
    assert f'key_path = "{mounts["patient-index-key"]["mountPath"]}/patient-index.key"' in doc


def test_cronjob_builds_with_the_cli_then_restarts_only_the_deployment(docs: list[dict[str, Any]]) -> None:
    cronjob = _one(docs, "CronJob")
    pod = cronjob["spec"]["jobTemplate"]["spec"]["template"]["spec"]
    build = pod["initContainers"][0]
    command = build["args"][0].split("&&")[0]
    args = build_parser().parse_args(shlex.split(command)[1:])
    assert (args.command, args.index_command) == ("index", "build")
    mounts = {m["mountPath"]: m for m in build["volumeMounts"]}
    assert mounts[str(Path(args.key).parent)]["readOnly"]
    assert str(Path(args.out).parent) in mounts and str(Path(args.export).parent) in mounts
    assert pod["securityContext"]["runAsNonRoot"]
    role = _one(docs, "Role", "sentinelle-patient-index")
    assert role["rules"] == [{"apiGroups": ["apps"], "resources": ["deployments"], "resourceNames": ["sentinelle"],
                              "verbs": ["get", "patch"]}]
    assert pod["serviceAccountName"] == "sentinelle-patient-index"
