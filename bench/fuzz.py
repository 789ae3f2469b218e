"""Long fuzzing runs (not in the suite): what the time-boxed suite tests do, for longer and at random.

    python bench/fuzz.py pipeline [--examples 20000]     hypothesis, fresh random inputs (tests/test_fuzz_pipeline.py)
    python bench/fuzz.py smtp [--examples 3000]          hypothesis against a live server (tests/test_fuzz_smtp.py)
    python bench/fuzz.py atheris [--seconds 600]         coverage-guided (atheris/libFuzzer) over parse -> extract
                                                         -> classify -> decide, seeded with the generated corpus

The properties are those of tests/mime_robustness.check_pipeline and tests/test_fuzz_smtp.py. A failing input
is printed (hypothesis) or written as ``crash-*`` under --artifacts (atheris); add it to ``REGRESSIONS`` in
tests/test_fuzz_pipeline.py (or as a case in tests/mime_robustness.py) so that the suite keeps it.
atheris is the ``fuzz`` extra (``pip install 'atheris>=2.3,<4'``); the other modes need only the test extra.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TESTS = REPO / "tests"


def run_hypothesis(module: str, examples: int) -> int:
    env = {**os.environ, "SENTINELLE_FUZZ_EXAMPLES": str(examples), "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--timeout", "0",
               "--hypothesis-show-statistics", str(TESTS / module)]
    return subprocess.call(command, cwd=REPO, env=env)


def run_atheris(seconds: int, artifacts: Path) -> int:
    import atheris  # the ``fuzz`` extra

    sys.path[:0] = [str(REPO), str(TESTS)]
    with atheris.instrument_imports(include=["sentinelle.classifiers", "sentinelle.proxy"]):
        # Instrumented before mime_robustness imports them (the names are bound in sys.modules).
        from sentinelle.classifiers import extract, parse  # noqa: F401
        from sentinelle.proxy.pipeline import analyze, facts  # noqa: F401
    from mime_robustness import Pipeline, cases, check_pipeline

    from sentinelle.classifiers.config import Limits

    home = Path(tempfile.mkdtemp(prefix="sentinelle-fuzz-"))
    seeds = home / "corpus"
    seeds.mkdir()
    for case in cases():
        if len(case.raw) < 64_000:  # libFuzzer's default max_len is small; big cases are in the suite anyway
            (seeds / case.name).write_bytes(case.raw)
    pipeline = Pipeline.build(home / "keyring", Limits(time_budget_seconds=5.0, parser_timeout_seconds=3.0))

    def one_input(data: bytes) -> None:
        problems = check_pipeline(pipeline, data)
        if problems:
            raise AssertionError("; ".join(problems))

    artifacts.mkdir(parents=True, exist_ok=True)
    atheris.Setup([sys.argv[0], f"-max_total_time={seconds}", "-max_len=65536", "-rss_limit_mb=3072",
                   f"-artifact_prefix={artifacts}/", str(seeds)], one_input)
    atheris.Fuzz()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=("pipeline", "smtp", "atheris"))
    parser.add_argument("--examples", type=int, default=0, help="hypothesis examples per property")
    parser.add_argument("--seconds", type=int, default=600, help="atheris: total fuzzing time")
    parser.add_argument("--artifacts", type=Path, default=Path("fuzz-artifacts"), help="atheris: crash files")
    args = parser.parse_args()
    if args.mode == "pipeline":
        return run_hypothesis("test_fuzz_pipeline.py", args.examples or 20_000)
    if args.mode == "smtp":
        return run_hypothesis("test_fuzz_smtp.py", args.examples or 3_000)
    return run_atheris(args.seconds, args.artifacts)


if __name__ == "__main__":
    sys.exit(main())
