"""deploy/kubernetes: the kustomize base renders, validates offline and holds together.

Rendering uses kustomize as built into kubectl (`kubectl kustomize`, offline).
Every built-in kind is validated with kubernetes-validate in strict mode
(unknown fields rejected) against the oldest and newest Kubernetes versions it
bundles that we support. The ServiceMonitor is a CRD with no bundled schema:
its structure is checked against a JSON Schema written here from the
Prometheus Operator's CRD (monitoring.coreos.com/v1), for the fields we use.
The keyring init script is run for real, against a Secret-like directory.
"""

from __future__ import annotations

import dataclasses
import os
import re
import shlex
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import jsonschema
import kubernetes_validate
import pytest
import yaml

from sentinelle.proxy.cli import build_parser
from sentinelle.proxy.delivery.keyring import Keyring
from sentinelle.proxy.policy.loader import parse_host_port, parse_policy, shipped_policy_text
from sentinelle.proxy.policy.schema import HostPort, Policy
from tests.policy_support import export_public, gpg, kill_agent, make_key, new_home

ROOT = Path(__file__).resolve().parent.parent
BASE = ROOT / "deploy" / "kubernetes"
DOCKERFILE = ROOT / "deploy" / "container" / "Dockerfile"
VERSIONS = ("1.28.0", kubernetes_validate.latest_version())
KUBECTL = shutil.which("kubectl")

Doc = dict[str, Any]


def render(directory: Path) -> list[Doc]:
    assert KUBECTL, "kubectl (with its built-in kustomize) is needed to render the base"
    result = subprocess.run([KUBECTL, "kustomize", str(directory)], capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    return [doc for doc in yaml.safe_load_all(result.stdout) if doc]


@pytest.fixture(scope="module")
def docs() -> list[Doc]:
    return render(BASE)


def one(docs: list[Doc], kind: str) -> Doc:
    found = [doc for doc in docs if doc["kind"] == kind]
    assert len(found) == 1, f"{kind}: {len(found)} documents"
    return found[0]


@pytest.fixture(scope="module")
def pod(docs: list[Doc]) -> Doc:
    spec: Doc = one(docs, "Deployment")["spec"]["template"]["spec"]
    return spec


@pytest.fixture(scope="module")
def container(pod: Doc) -> Doc:
    main: Doc = next(c for c in pod["containers"] if c["name"] == "sentinelle")
    return main


@pytest.fixture(scope="module")
def k8s_policy(docs: list[Doc]) -> Policy:
    return parse_policy(one(docs, "ConfigMap")["data"]["policy.toml"].encode(), "configmap")


# --- the kustomization ---------------------------------------------------------------------------------------


def test_kustomization_lists_every_manifest() -> None:
    kustomization = yaml.safe_load((BASE / "kustomization.yaml").read_text())
    manifests = {p.name for p in BASE.glob("*.yaml")} - {"kustomization.yaml"}
    assert set(kustomization["resources"]) == manifests
    generated = [f for generator in kustomization["configMapGenerator"] for f in generator["files"]]
    assert generated == ["policy.toml"]
    assert all((BASE / f).is_file() for f in generated)
    assert {p.name for p in BASE.iterdir()} == manifests | {"kustomization.yaml", "policy.toml"}


def test_rendered_kinds(docs: list[Doc]) -> None:
    assert sorted(doc["kind"] for doc in docs) == sorted(
        ["ConfigMap", "Service", "Deployment", "HorizontalPodAutoscaler", "NetworkPolicy", "PodDisruptionBudget",
         "ServiceMonitor"])
    assert not [doc for doc in docs if doc["kind"] == "Secret"], "secrets are created out of band, never shipped"


@pytest.mark.parametrize("version", VERSIONS)
def test_builtin_kinds_validate_strictly(docs: list[Doc], version: str) -> None:
    for doc in docs:
        if doc["apiVersion"].startswith("monitoring.coreos.com/"):
            continue
        kubernetes_validate.validate(doc, version, strict=True)


def test_validation_would_catch_a_misspelt_field(docs: list[Doc]) -> None:
    broken = yaml.safe_load(yaml.safe_dump(one(docs, "Deployment")))
    broken["spec"]["template"]["spec"]["containers"][0]["readinesProbe"] = broken["spec"]["template"]["spec"][
        "containers"][0].pop("readinessProbe")
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, VERSIONS[-1], strict=True)


# The Prometheus Operator's ServiceMonitor CRD (monitoring.coreos.com/v1), restricted to what we use;
# the CRD requires spec.selector and spec.endpoints items are objects keyed by port name.
SERVICE_MONITOR_SCHEMA: Doc = {
    "type": "object",
    "required": ["apiVersion", "kind", "metadata", "spec"],
    "properties": {
        "apiVersion": {"const": "monitoring.coreos.com/v1"},
        "kind": {"const": "ServiceMonitor"},
        "metadata": {"type": "object", "required": ["name"]},
        "spec": {
            "type": "object",
            "required": ["selector", "endpoints"],
            "additionalProperties": False,
            "properties": {
                "selector": {"type": "object", "properties": {"matchLabels": {
                    "type": "object", "additionalProperties": {"type": "string"}}}, "additionalProperties": False},
                "namespaceSelector": {"type": "object"},
                "endpoints": {"type": "array", "minItems": 1, "items": {
                    "type": "object", "additionalProperties": False, "required": ["port"],
                    "properties": {
                        "port": {"type": "string"},
                        "path": {"type": "string", "pattern": "^/"},
                        "scheme": {"enum": ["http", "https"]},
                        "interval": {"type": "string", "pattern": r"^(0|(([0-9]+)(ms|s|m|h))+)$"},
                        "scrapeTimeout": {"type": "string", "pattern": r"^(0|(([0-9]+)(ms|s|m|h))+)$"},
                    }}},
            },
        },
    },
}


def test_service_monitor_structure(docs: list[Doc]) -> None:
    monitor = one(docs, "ServiceMonitor")
    jsonschema.validate(monitor, SERVICE_MONITOR_SCHEMA)
    service = one(docs, "Service")
    assert monitor["spec"]["selector"]["matchLabels"].items() <= service["metadata"]["labels"].items()
    endpoint = monitor["spec"]["endpoints"][0]
    assert endpoint["port"] in {p["name"] for p in service["spec"]["ports"]}
    assert endpoint["path"] == "/metrics"
    seconds = {"interval": 0, "scrapeTimeout": 0}
    for key in seconds:
        seconds[key] = int(endpoint[key].rstrip("s"))
    assert seconds["scrapeTimeout"] < seconds["interval"]


# --- the policy ConfigMap ------------------------------------------------------------------------------------


def test_configmap_is_the_policy_file(docs: list[Doc]) -> None:
    assert one(docs, "ConfigMap")["data"]["policy.toml"] == (BASE / "policy.toml").read_text(encoding="utf-8")


def test_policy_matches_the_shipped_default_apart_from_the_pod_network(k8s_policy: Policy) -> None:
    shipped = parse_policy(shipped_policy_text().encode())
    assert k8s_policy.server.listen == HostPort("0.0.0.0", 10025)
    assert k8s_policy.metrics_listen == HostPort("0.0.0.0", 9108)
    assert not k8s_policy.server.allows("203.0.113.7")  # public addresses stay refused
    assert k8s_policy.server.allows("10.244.1.17")      # a typical pod address
    # Everything else — rules, classifiers, limits, timeouts — is the shipped default.
    comparable = dataclasses.replace(
        k8s_policy, source=shipped.source, digest=shipped.digest, metrics_listen=shipped.metrics_listen,
        quarantine=shipped.quarantine,
        server=dataclasses.replace(k8s_policy.server, listen=shipped.server.listen,
                                   next_hop=shipped.server.next_hop,
                                   allowed_networks=shipped.server.allowed_networks,
                                   max_buffered_bytes=shipped.server.max_buffered_bytes))
    assert comparable == shipped


def test_policy_change_renames_the_configmap_and_rolls_the_pods(tmp_path: Path, docs: list[Doc]) -> None:
    """Kustomize's content hash in the ConfigMap name: a changed policy is a changed pod template."""
    copy = tmp_path / "base"
    shutil.copytree(BASE, copy)
    policy = copy / "policy.toml"
    policy.write_text(policy.read_text(encoding="utf-8").replace('mode = "enforce"', 'mode = "audit"', 1),
                      encoding="utf-8")
    changed = render(copy)
    before = one(docs, "ConfigMap")["metadata"]["name"]
    after = one(changed, "ConfigMap")["metadata"]["name"]
    assert before != after and before.startswith("sentinelle-policy-") and after.startswith("sentinelle-policy-")
    for rendered, name in ((docs, before), (changed, after)):
        volumes = one(rendered, "Deployment")["spec"]["template"]["spec"]["volumes"]
        assert {v["configMap"]["name"] for v in volumes if "configMap" in v} == {name}


# --- the Deployment ------------------------------------------------------------------------------------------


def test_command_line_matches_the_cli_and_the_mounts(container: Doc, k8s_policy: Policy) -> None:
    args = build_parser().parse_args(container["args"])
    assert args.command == "serve"
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    assert parse_host_port(args.listen) == HostPort("0.0.0.0", ports["smtp"]) == k8s_policy.server.listen
    assert parse_host_port(args.metrics) == HostPort("0.0.0.0", ports["metrics"])
    mounts = {m["name"]: m for m in container["volumeMounts"]}
    assert args.policy == f"{mounts['policy']['mountPath']}/policy.toml"
    assert str(k8s_policy.encryption.keyring).startswith(mounts["state"]["mountPath"] + "/")
    assert str(k8s_policy.dkim.private_key).startswith(mounts["dkim"]["mountPath"] + "/")


def test_probes(container: Doc) -> None:
    assert container["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "metrics"}
    assert container["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "metrics"}
    assert container["startupProbe"]["httpGet"] == {"path": "/healthz", "port": "metrics"}
    startup = container["startupProbe"]
    assert startup["periodSeconds"] * startup["failureThreshold"] >= 60  # time for the spaCy model to load


def test_graceful_drain_fits_the_grace_period(pod: Doc, container: Doc, k8s_policy: Policy) -> None:
    command = container["lifecycle"]["preStop"]["exec"]["command"]
    assert command[0] == "sleep"
    pre_stop = int(command[1])
    assert pre_stop >= 5  # endpoints controllers and kube-proxy need a few seconds to stop routing to us
    assert pod["terminationGracePeriodSeconds"] > pre_stop + k8s_policy.server.shutdown_grace_seconds + 5


def test_rollout_never_reduces_capacity(docs: list[Doc]) -> None:
    deployment = one(docs, "Deployment")["spec"]
    assert deployment["strategy"]["rollingUpdate"]["maxUnavailable"] == 0
    assert deployment["replicas"] >= 2


def to_mebibytes(quantity: str) -> float:
    number, unit = re.fullmatch(r"(\d+(?:\.\d+)?)(Mi|Gi)", quantity).groups()  # type: ignore[union-attr]
    return float(number) * (1024 if unit == "Gi" else 1)


# Peak memory of a message while it is received and processed, as a multiple of its size: measured
# 5.8x for 50 MB of text and of empty lines through a live server (docs/scaling.md, "Memory").
MESSAGE_MEMORY_FACTOR = 6


def test_resources_sized_from_the_bench(container: Doc, k8s_policy: Policy) -> None:
    requests, limits = container["resources"]["requests"], container["resources"]["limits"]
    assert requests["cpu"] == "1"  # one process ~ one core when inspecting
    assert to_mebibytes(requests["memory"]) >= 400  # resident spaCy model ~400 MiB
    # A limit above the resident set by one attachment parser's memory limit and the messages in flight.
    in_flight = MESSAGE_MEMORY_FACTOR * k8s_policy.server.max_buffered_bytes / 2**20
    assert k8s_policy.server.max_buffered_bytes >= k8s_policy.server.max_message_bytes
    assert to_mebibytes(limits["memory"]) >= 400 + k8s_policy.classifiers.limits.parser_memory_mb + in_flight


def test_parser_pool_is_sized_from_the_container_not_the_node(container: Doc, k8s_policy: Policy,
                                                               tmp_path: Path) -> None:
    """The downward API hands the container's CPU request and memory limit to the process, and the
    pool holds only as many parsers as they allow (1 here), whatever the node's CPU count."""
    from sentinelle.classifiers.sandbox import container_limits, pool_size

    env = {e["name"]: e["valueFrom"]["resourceFieldRef"] for e in container["env"]
           if "resourceFieldRef" in e["valueFrom"]}
    assert env["SENTINELLE_CPUS"] == {"containerName": "sentinelle", "resource": "requests.cpu"}
    assert env["SENTINELLE_MEMORY_LIMIT"] == {"containerName": "sentinelle", "resource": "limits.memory"}
    resources = container["resources"]
    # What the kubelet puts in the environment (resourceFieldRef, divisor 1: CPUs rounded up, bytes).
    environ = {"SENTINELLE_CPUS": str(int(resources["requests"]["cpu"])),
               "SENTINELLE_MEMORY_LIMIT": str(int(to_mebibytes(resources["limits"]["memory"]) * 2**20))}
    cpus, memory = container_limits(environ, cgroup=str(tmp_path))
    size = pool_size(cpus, memory, k8s_policy.classifiers.limits.parser_memory_mb)
    assert size == 1
    parsers = size * k8s_policy.classifiers.limits.parser_memory_mb
    in_flight = MESSAGE_MEMORY_FACTOR * k8s_policy.server.max_buffered_bytes / 2**20
    assert 400 + parsers + in_flight <= to_mebibytes(resources["limits"]["memory"])


def test_container_limits_from_cgroup_v2(tmp_path: Path) -> None:
    from sentinelle.classifiers.sandbox import container_limits, pool_size

    (tmp_path / "cpu.max").write_text("200000 100000\n")
    (tmp_path / "memory.max").write_text(f"{3 * 2**30}\n")
    assert container_limits({}, cgroup=str(tmp_path)) == (2.0, 3 * 2**30)
    assert pool_size(2.0, 3 * 2**30, 512) == 2
    (tmp_path / "cpu.max").write_text("max 100000\n")
    (tmp_path / "memory.max").write_text("max\n")
    cpus, memory = container_limits({}, cgroup=str(tmp_path))
    assert memory is None and cpus is not None and cpus >= 1


def test_runs_as_the_image_user_without_privileges(pod: Doc) -> None:
    uid = re.search(r"^USER (\d+)", DOCKERFILE.read_text(), re.MULTILINE).group(1)  # type: ignore[union-attr]
    security = pod["securityContext"]
    assert security["runAsNonRoot"] is True and security["runAsUser"] == int(uid)
    assert security["seccompProfile"]["type"] == "RuntimeDefault"
    for container in pod["containers"] + pod["initContainers"]:
        context = container["securityContext"]
        assert context["allowPrivilegeEscalation"] is False
        assert context["readOnlyRootFilesystem"] is True
        assert context["capabilities"]["drop"] == ["ALL"]
    assert pod["automountServiceAccountToken"] is False


def test_secrets_are_mounted_read_only(pod: Doc) -> None:
    volumes = {v["name"]: v for v in pod["volumes"]}
    secrets = {name: v["secret"]["secretName"] for name, v in volumes.items() if "secret" in v}
    assert sorted(secrets.values()) == ["sentinelle-dkim", "sentinelle-gnupg", "sentinelle-quarantine-db"]
    for container in pod["containers"] + pod["initContainers"]:
        for mount in container["volumeMounts"]:
            if mount["name"] in secrets:
                assert mount.get("readOnly") is True, mount
    # The keyring the pod uses is a writable emptyDir, filled by the init container from the Secret.
    assert "emptyDir" in volumes["state"]


def test_selectors_agree(docs: list[Doc], pod: Doc) -> None:
    labels = one(docs, "Deployment")["spec"]["template"]["metadata"]["labels"]
    for kind, path in (("Deployment", ("spec", "selector", "matchLabels")),
                       ("Service", ("spec", "selector")),
                       ("PodDisruptionBudget", ("spec", "selector", "matchLabels")),
                       ("NetworkPolicy", ("spec", "podSelector", "matchLabels"))):
        selector: Mapping[str, str] = one(docs, kind)
        for key in path:
            selector = selector[key]  # type: ignore[assignment]
        assert selector.items() <= labels.items(), kind
    service = one(docs, "Service")
    names = {p["name"]: p["containerPort"] for c in pod["containers"] for p in c["ports"]}
    assert {p["targetPort"] for p in service["spec"]["ports"]} <= names.keys()
    assert {p["port"] for p in service["spec"]["ports"]} == set(names.values())
    hpa = one(docs, "HorizontalPodAutoscaler")["spec"]
    assert hpa["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment", "name": "sentinelle"}
    assert hpa["metrics"][0]["resource"]["name"] == "cpu"
    assert hpa["minReplicas"] > one(docs, "PodDisruptionBudget")["spec"]["minAvailable"]
    network = one(docs, "NetworkPolicy")["spec"]
    assert {p["port"] for rule in network["ingress"] for p in rule["ports"]} == set(names.values())


def test_network_policy_admits_only_the_mta_and_prometheus(docs: list[Doc], k8s_policy: Policy) -> None:
    """Every ingress rule names its peers by namespace and pod labels: no rule open to all, no
    address block, no empty (any-namespace) selector; and the policy file's allowed_networks is a
    pod CIDR, not every private range."""
    network = one(docs, "NetworkPolicy")["spec"]
    assert network["policyTypes"] == ["Ingress"]
    peers_by_port: dict[int, list[Mapping[str, Any]]] = {}
    for rule in network["ingress"]:
        assert rule.get("from"), "a rule without 'from' admits every source"
        for port in rule["ports"]:
            peers_by_port.setdefault(port["port"], []).extend(rule["from"])
    for port, peers in peers_by_port.items():
        for peer in peers:
            assert "ipBlock" not in peer, port
            assert peer["namespaceSelector"]["matchLabels"], port
            assert peer["podSelector"]["matchLabels"], port
    assert peers_by_port[10025][0]["podSelector"]["matchLabels"] == {"sentinelle.ssss.gouv.qc.ca/client": "true"}
    assert peers_by_port[9108][0]["podSelector"]["matchLabels"] == {"app.kubernetes.io/name": "prometheus"}
    for outside_the_pod_network in ("10.1.2.3", "172.16.5.4", "192.168.1.10"):
        assert not k8s_policy.server.allows(outside_the_pod_network)


# --- the keyring init container, run for real ----------------------------------------------------------------


@pytest.fixture(scope="module")
def admin_keyring(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path, str]]:
    """An administrator's GnuPG home with one imported public key, and that key exported as .asc."""
    base = tmp_path_factory.mktemp("k8s-keys")
    source = new_home(base / "recipient")
    fingerprint = make_key(source, "Dre Labo <dr.lab@clinique.example>")
    armored = base / "dr.lab.asc"
    armored.write_bytes(export_public(source, fingerprint))
    admin = new_home(base / "admin")
    gpg(admin, "--import", str(armored))
    yield admin, armored, fingerprint
    kill_agent(source)
    kill_agent(admin)


def secret_volume(directory: Path, files: Mapping[str, bytes]) -> Path:
    """Lay files out the way the kubelet mounts a Secret: ..data -> timestamped dir, and symlinks."""
    stamped = directory / "..2026_01_01_00_00_00.000000000"
    stamped.mkdir(parents=True)
    for name, content in files.items():
        (stamped / name).write_bytes(content)
    (directory / "..data").symlink_to(stamped.name)
    for name in files:
        (directory / name).symlink_to(f"..data/{name}")
    return directory


def run_init_script(pod: Doc, secret: Path, state: Path) -> subprocess.CompletedProcess[str]:
    init = next(c for c in pod["initContainers"] if c["name"] == "keyring")
    assert init["command"][:2] == ["/bin/sh", "-c"]
    script = init["command"][2].replace("/secrets/gnupg", str(secret)).replace("/var/lib/sentinelle", str(state))
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}:{os.environ['PATH']}")
    return subprocess.run(["/bin/sh", "-c", script], capture_output=True, text=True, timeout=120, env=env,
                          check=False)


def test_init_container_copies_a_gnupg_home(pod: Doc, admin_keyring: tuple[Path, Path, str],
                                            tmp_path: Path) -> None:
    admin, _armored, fingerprint = admin_keyring
    files = {name: (admin / name).read_bytes() for name in ("pubring.kbx", "trustdb.gpg")}
    result = run_init_script(pod, secret_volume(tmp_path / "secret", files), tmp_path / "state")
    assert result.returncode == 0, result.stderr
    home = tmp_path / "state" / "gnupg"
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert sorted(p.name for p in home.iterdir()) == ["pubring.kbx", "trustdb.gpg"]  # no ..data leftovers
    assert not any(p.is_symlink() for p in home.iterdir())
    keyring = Keyring(home)
    key = keyring.usable_key("dr.lab@clinique.example")
    assert key is not None and key.fingerprint == fingerprint
    kill_agent(home)


def test_init_container_imports_armored_keys(pod: Doc, admin_keyring: tuple[Path, Path, str],
                                             tmp_path: Path) -> None:
    _admin, armored, fingerprint = admin_keyring
    result = run_init_script(pod, secret_volume(tmp_path / "secret", {"dr.lab.asc": armored.read_bytes()}),
                             tmp_path / "state")
    assert result.returncode == 0, result.stdout + result.stderr
    keyring = Keyring(tmp_path / "state" / "gnupg")
    key = keyring.usable_key("dr.lab@clinique.example")
    assert key is not None and key.fingerprint == fingerprint
    kill_agent(tmp_path / "state" / "gnupg")


def test_init_container_with_no_secret_leaves_an_empty_keyring(pod: Doc, tmp_path: Path) -> None:
    """The Secret is optional: an absent one mounts as an empty directory, and the pod still starts."""
    (tmp_path / "secret").mkdir()
    result = run_init_script(pod, tmp_path / "secret", tmp_path / "state")
    assert result.returncode == 0, result.stderr
    assert list((tmp_path / "state" / "gnupg").iterdir()) == []


def test_init_script_is_posix_sh(pod: Doc) -> None:
    init = next(c for c in pod["initContainers"] if c["name"] == "keyring")
    dash = shutil.which("dash") or "/bin/sh"
    result = subprocess.run([dash, "-n", "-c", init["command"][2]], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "sentinelle keys --keyring" in init["command"][2]
    build_parser().parse_args(shlex.split("keys --keyring /var/lib/sentinelle/gnupg import x.asc"))


def test_quarantine_is_the_shared_postgresql_with_the_dsn_from_a_secret(pod: Doc, container: Doc,
                                                                        k8s_policy: Policy) -> None:
    """Every pod reviews one store: PostgreSQL, DSN from secret/sentinelle-quarantine-db via the
    environment, TLS verified against the CA from the same Secret; the schema from an init container."""
    settings = k8s_policy.quarantine
    assert settings.enabled and settings.backend.value == "postgresql" and settings.tls.value == "verify-full"
    variable = settings.dsn.removeprefix("env:")
    assert settings.dsn == f"env:{variable}"
    schema = next(c for c in pod["initContainers"] if c["name"] == "quarantine-schema")
    for runs in (container, schema):
        [env] = [e for e in runs["env"] if e["name"] == variable]
        assert env["valueFrom"]["secretKeyRef"] == {"name": "sentinelle-quarantine-db", "key": "dsn"}
        mounts = {m["name"]: m["mountPath"] for m in runs["volumeMounts"]}
        assert settings.tls_ca_file.startswith(mounts["quarantine-db"] + "/")
    args = build_parser().parse_args(schema["args"])
    assert (args.command, args.quarantine_command) == ("quarantine", "init")
    assert args.policy == container["args"][container["args"].index("--policy") + 1]
