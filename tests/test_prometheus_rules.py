"""deploy/prometheus: promtool accepts the scrape config and the alert rules, the rules' unit tests pass,
and every metric the rules query is one Sentinelle exports."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

import pytest
import yaml

from sentinelle.proxy.observability import metrics

DEPLOY = Path(__file__).resolve().parent.parent / "deploy" / "prometheus"
PROMTOOL = shutil.which("promtool") or "promtool"
# Series Prometheus itself adds to every target.
PROMETHEUS_SERIES = frozenset({"up", "scrape_duration_seconds", "scrape_samples_scraped"})
KEYWORDS = frozenset({"by", "without", "on", "ignoring", "group_left", "group_right", "offset", "bool", "and",
                      "or", "unless", "inf", "nan", "atan2", "topk", "bottomk"})


def promtool(*args: str, cwd: Path = DEPLOY) -> subprocess.CompletedProcess[str]:
    return subprocess.run([PROMTOOL, *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def promql_metric_names(expression: str) -> set[str]:
    """The metric names an expression selects (not functions, keywords, labels, strings or durations)."""
    text = re.sub(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'', '""', expression)  # strings
    text = re.sub(r"\{[^}]*\}", " ", text)  # label matchers
    text = re.sub(r"\[[^\]]*\]", " ", text)  # range and subquery durations
    text = re.sub(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", " ", text)
    text = re.sub(r"\boffset\s+-?\d+\w*", " ", text)
    names = set()
    for match in re.finditer(r"(?<![\w.:$])([a-zA-Z_:][a-zA-Z0-9_:]*)\s*(\()?", text):
        word, call = match.group(1), match.group(2)
        if call is None and word.lower() not in KEYWORDS:
            names.add(word)
    return names


def assert_promtool_parses(expressions: Iterable[str], tmp_path: Path) -> None:
    """Let promtool's own PromQL parser judge: wrap each expression in a recording rule and check the file."""
    rules = [{"record": f"sentinelle:check_{index}", "expr": expression}
             for index, expression in enumerate(expressions)]
    path = tmp_path / "expressions.yml"
    path.write_text(yaml.safe_dump({"groups": [{"name": "check", "rules": rules}]}), encoding="utf-8")
    result = promtool("check", "rules", str(path), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def alert_rules() -> list[dict[str, object]]:
    document = yaml.safe_load((DEPLOY / "alerts.yml").read_text(encoding="utf-8"))
    return [rule for group in document["groups"] for rule in group["rules"]]


def test_promtool_check_rules() -> None:
    result = promtool("check", "rules", "alerts.yml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"SUCCESS: {len(alert_rules())} rules found" in result.stdout


def test_promtool_check_config() -> None:
    result = promtool("check", "config", "prometheus.yml")
    assert result.returncode == 0, result.stdout + result.stderr


def test_promtool_rule_unit_tests() -> None:
    result = promtool("test", "rules", "alerts_test.yml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout


def test_required_alerts_are_present_with_annotations() -> None:
    rules = {str(rule["alert"]): rule for rule in alert_rules()}
    assert {"SentinelleDown", "SentinelleAbsent", "SentinelleRefusalSurge", "SentinelleTempfailRate",
            "SentinelleNextHopFailures", "SentinellePolicyReloadFailed",
            "SentinelleUninspectableRising", "SentinelleQuarantineStoreFailing",
            "SentinelleQuarantineNearlyFull"} <= set(rules)
    for name, rule in rules.items():
        annotations = rule["annotations"]
        assert isinstance(annotations, dict)
        assert annotations.get("summary") and annotations.get("description"), name
        assert rule["labels"]["severity"] in {"critical", "warning", "info"}  # type: ignore[index]


def test_scrape_config_targets_the_default_listener() -> None:
    document = yaml.safe_load((DEPLOY / "prometheus.yml").read_text(encoding="utf-8"))
    (job,) = [job for job in document["scrape_configs"] if job["job_name"] == "sentinelle"]
    assert job["static_configs"][0]["targets"] == ["127.0.0.1:9108"]
    assert document["rule_files"] == ["alerts.yml"]


@pytest.mark.parametrize("rule", alert_rules(), ids=lambda rule: str(rule["alert"]))
def test_alerts_query_only_exported_metrics(rule: dict[str, object]) -> None:
    names = promql_metric_names(str(rule["expr"]))
    assert names, "every alert selects at least one series"
    assert names <= metrics.exported_sample_names() | PROMETHEUS_SERIES, names - metrics.exported_sample_names()


def test_promql_metric_names_extractor() -> None:
    expression = ('sum by (job, instance) (rate(sentinelle_messages_total{outcome="tempfail", '
                  'x=~"a|b"}[10m] offset 1d)) / histogram_quantile(0.99, sum by (le) '
                  '(rate(sentinelle_stage_duration_seconds_bucket[$__rate_interval]))) > bool 0.5 and on(instance) up')
    assert promql_metric_names(expression) == {"sentinelle_messages_total",
                                               "sentinelle_stage_duration_seconds_bucket", "up"}
