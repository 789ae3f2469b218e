"""No dead vocabulary or configuration: every Action is one ``decide`` can produce, and the shipped
deployment files cite no documentation that does not exist."""

from __future__ import annotations

import re
from pathlib import Path

from test_decide import TABLE

from sentinelle.proxy.model import Action

REPO = Path(__file__).resolve().parents[1]


def test_every_action_is_one_decide_produces() -> None:
    produced = {row[3] for row in TABLE}  # the evaluation-order table, run by test_decide
    assert produced == set(Action)


def test_deployment_files_cite_only_documentation_that_exists() -> None:
    installed_docs = "share/doc" in (REPO / "scripts" / "install").read_text(encoding="utf-8")
    for path in [*(REPO / "deploy").rglob("*"), *(REPO / "scripts").iterdir()]:
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for cited in re.findall(r"\bdocs/[\w.-]+\.md\b", text):
            assert (REPO / cited).is_file(), f"{path.relative_to(REPO)} cites {cited}"
        for line in text.splitlines():
            if line.startswith("Documentation=file://"):
                assert installed_docs, f"{path.relative_to(REPO)}: {line} (nothing installs documentation there)"
    install = (REPO / "scripts" / "install").read_text(encoding="utf-8")
    for cve_line in (line for line in install.splitlines() if "CVE-" in line and "docs/" in line):
        cited = re.search(r"docs/[\w.-]+\.md", cve_line)
        assert cited is not None
        doc = (REPO / cited.group()).read_text(encoding="utf-8")
        assert all(cve in doc for cve in re.findall(r"CVE-\d{4}-\d+", install)), cve_line
