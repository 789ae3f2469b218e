"""Metric conventions: names, units, types and bounded label vocabularies, checked on a real scrape."""

from __future__ import annotations

import itertools
import re
import subprocess

import pytest
from prometheus_client import REGISTRY, Counter, Gauge, Histogram, generate_latest
from prometheus_client.metrics import MetricWrapperBase
from prometheus_client.parser import text_string_to_metric_families

from sentinelle.proxy.observability import health as observability
from sentinelle.proxy.observability import metrics
from sentinelle.proxy.policy.loader import parse_policy

ALL_METRICS: list[MetricWrapperBase] = [
    value for value in vars(metrics).values() if isinstance(value, MetricWrapperBase)
]
# Open label values that are still safe (never mail data), with the shape they must have.
OPEN_VALUE_SHAPES = {
    "sha256": re.compile(r"[0-9a-f]{64}"),
    "version": re.compile(r"\d+\.\d+[\w.+-]*"),
    "python": re.compile(r"\d+\.\d+\.\d+\w*"),
}
SAMPLE_OPEN_VALUES = {"sha256": "0" * 64, "version": "0.1.0", "python": "3.11.2"}


def family_name(metric: MetricWrapperBase) -> str:
    return str(metric._name)


def label_names(metric: MetricWrapperBase) -> tuple[str, ...]:
    return tuple(metric._labelnames)


def test_every_metric_has_a_vocabulary_and_every_vocabulary_a_metric() -> None:
    vocabularies = metrics.vocabularies()
    assert sorted(family_name(m) for m in ALL_METRICS) == sorted(vocabularies)
    for metric in ALL_METRICS:
        assert set(label_names(metric)) == set(vocabularies[family_name(metric)]), family_name(metric)


@pytest.mark.parametrize("metric", ALL_METRICS, ids=family_name)
def test_naming_conventions(metric: MetricWrapperBase) -> None:
    name = family_name(metric)
    assert re.fullmatch(r"sentinelle_[a-z][a-z0-9_]*", name)
    assert metric._documentation.strip().endswith(")") or metric._documentation.strip().endswith(".")
    if isinstance(metric, Counter):
        # prometheus-client stores the family name without _total and exposes samples as NAME_total.
        assert not name.endswith("_total")
        assert not re.search(r"_(seconds|bytes)$", name) or name.endswith(("_seconds", "_bytes"))
    elif isinstance(metric, Histogram):
        assert name.endswith(("_seconds", "_bytes")), "histograms carry a base unit"
    elif isinstance(metric, Gauge):
        assert not name.endswith("_total")
    for forbidden in ("address", "recipient", "sender", "subject", "domain", "message_id", "excerpt"):
        assert forbidden not in label_names(metric)


def test_histograms_use_base_units() -> None:
    assert metrics.STAGE_SECONDS._upper_bounds[-2] <= 120  # seconds, not milliseconds
    assert metrics.MESSAGE_BYTES._upper_bounds[0] >= 100  # bytes, not kilobytes


def exercise_every_metric() -> None:
    """Touch every metric with every allowed label value, as the pipeline would."""
    vocabularies = metrics.vocabularies()
    for metric in ALL_METRICS:
        labels = vocabularies[family_name(metric)]
        choices = [sorted(values) if values is not None else [SAMPLE_OPEN_VALUES[name]]
                   for name, values in labels.items()]
        for combination in itertools.product(*choices) if labels else [()]:
            child = metric.labels(**dict(zip(labels, combination, strict=True))) if labels else metric
            if isinstance(child, Counter):
                child.inc()
            elif isinstance(child, Histogram):
                child.observe(0.01)
            elif isinstance(child, Gauge):
                child.set(1)
    observability.record_build()
    observability.record_policy(parse_policy(b""))


def scrape() -> str:
    return generate_latest(REGISTRY).decode()


def test_every_scraped_label_value_belongs_to_its_vocabulary() -> None:
    exercise_every_metric()
    vocabularies = metrics.vocabularies()
    seen: set[str] = set()
    for family in text_string_to_metric_families(scrape()):
        if not family.name.startswith("sentinelle_"):
            continue
        allowed = vocabularies[family.name]
        seen.add(family.name)
        for sample in family.samples:
            for label, value in sample.labels.items():
                if label == "le" and family.type == "histogram":
                    continue
                assert label in allowed, (sample.name, label)
                vocabulary = allowed[label]
                if vocabulary is None:
                    assert OPEN_VALUE_SHAPES[label].fullmatch(value), (sample.name, label, value)
                else:
                    assert value in vocabulary, (sample.name, label, value)
                assert "@" not in value and " " not in value
    assert seen == set(vocabularies)


def test_rule_vocabulary_is_the_policy_rule_names() -> None:
    from sentinelle.proxy.model import EVALUATION_ORDER
    from sentinelle.proxy.policy.schema import REFUSAL_RULES

    assert {rule.value for rule in EVALUATION_ORDER} <= set(metrics.RULES)
    assert set(REFUSAL_RULES) <= set(metrics.RULES)


def test_promtool_accepts_the_exposition() -> None:
    exercise_every_metric()
    result = subprocess.run(["promtool", "check", "metrics"], input=scrape(), capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "sentinelle_" not in result.stdout + result.stderr  # no lint remark about our metrics


def test_labelled_children_are_the_labels_children_looked_up_once() -> None:
    child = metrics.labelled(metrics.RECIPIENTS, "deliver", "internal")
    assert child is metrics.labelled(metrics.RECIPIENTS, "deliver", "internal")
    before = child._value.get()
    metrics.labelled(metrics.RECIPIENTS, "deliver", "internal").inc()
    assert metrics.RECIPIENTS.labels(action="deliver", rule="internal")._value.get() == before + 1
    stage = metrics.labelled(metrics.STAGE_SECONDS, "relay")
    assert stage is metrics.labelled(metrics.STAGE_SECONDS, "relay")
    assert stage is not metrics.labelled(metrics.STAGE_SECONDS, "parse")
