"""deploy/grafana/sentinelle.json: importable, and every query is valid PromQL naming metrics Sentinelle exports."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_prometheus_rules import PROMETHEUS_SERIES, assert_promtool_parses, promql_metric_names

from sentinelle.proxy.observability import metrics

DASHBOARD = Path(__file__).resolve().parent.parent / "deploy" / "grafana" / "sentinelle.json"
# Grafana's built-in and dashboard variables, replaced by representative values before parsing.
VARIABLES = {"$__rate_interval": "1m", "$__interval": "1m", "$__range": "6h", "$instance": ".*"}


def load() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    return document


def all_panels(panels: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for panel in panels:
        yield panel
        yield from all_panels(panel.get("panels", []))


def expressions() -> list[str]:
    document = load()
    found = [target["expr"] for panel in all_panels(document["panels"]) for target in panel.get("targets", [])]
    for variable in document["templating"]["list"]:
        if variable["type"] == "query":
            found.append(re.sub(r"^label_values\((.*),\s*\w+\)$", r"\1", variable["definition"]))
    return found


def substitute(expression: str) -> str:
    for name, value in VARIABLES.items():
        expression = expression.replace(name, value)
    assert "$" not in expression, f"unknown Grafana variable in {expression}"
    return expression


def test_dashboard_is_importable_with_a_datasource_input() -> None:
    document = load()
    (datasource,) = document["__inputs"]
    assert (datasource["type"], datasource["pluginId"]) == ("datasource", "prometheus")
    assert document["uid"] and document["title"] and document["id"] is None  # id None: a new dashboard on import
    uses = {json.dumps(panel["datasource"]) for panel in all_panels(document["panels"]) if "datasource" in panel}
    assert uses == {json.dumps({"type": "prometheus", "uid": "${" + datasource["name"] + "}"})}
    ids = [panel["id"] for panel in all_panels(document["panels"])]
    assert len(ids) == len(set(ids))
    for panel in all_panels(document["panels"]):
        assert {"x", "y", "w", "h"} <= set(panel["gridPos"]), panel["title"]
        assert panel["gridPos"]["x"] + panel["gridPos"]["w"] <= 24, panel["title"]


def test_every_query_is_valid_promql(tmp_path: Path) -> None:
    assert_promtool_parses([substitute(expression) for expression in expressions()], tmp_path)


@pytest.mark.parametrize("expression", expressions())
def test_every_query_names_exported_metrics(expression: str) -> None:
    names = promql_metric_names(substitute(expression))
    assert names, expression
    unknown = names - metrics.exported_sample_names() - PROMETHEUS_SERIES
    assert not unknown, f"{unknown} not exported by Sentinelle"


def test_dashboard_shows_what_the_issue_asks_for() -> None:
    joined = "\n".join(expressions())
    required = [
        r'sentinelle_recipients_total\{action="reject".*by \(rule\)|by \(rule\) \(rate\(sentinelle_recipients_total'
        r'\{action="reject"',  # refusals by rule
        r"by \(type\) \(rate\(sentinelle_findings_total",  # finding types
        r"by \(outcome\) \(rate\(sentinelle_messages_total",  # throughput
        r"histogram_quantile\(0\.5, sum by \(le, stage\) \(rate\(sentinelle_stage_duration_seconds_bucket",
        r"histogram_quantile\(0\.99, sum by \(le, stage\) \(rate\(sentinelle_stage_duration_seconds_bucket",
        r"sentinelle_next_hop_transactions_total\{result!=\"2xx\"",  # next-hop errors
        r"sentinelle_gateway_encryptions_total",
        r"sentinelle_already_encrypted_total",
        r"sentinelle_active_connections",
        r"sentinelle_policy_info",
    ]
    for pattern in required:
        assert re.search(pattern, joined), pattern


def test_every_exported_family_appears_on_the_dashboard() -> None:
    shown = set().union(*(promql_metric_names(substitute(e)) for e in expressions()))
    families = {re.sub(r"_(total|bucket|count|sum)$", "", name) for name in metrics.exported_sample_names()}
    missing = {family for family in families
               if not any(name == family or re.fullmatch(re.escape(family) + r"_(total|bucket|count|sum)", name)
                          for name in shown)}
    assert not missing, missing
