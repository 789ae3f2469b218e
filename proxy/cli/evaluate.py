"""``sentinelle evaluate``: precision and recall of the classifier on labeled corpora, with the policy's
classifier settings."""

from __future__ import annotations

import argparse
import sys

from sentinelle.classifiers.evaluate import main as evaluate_main
from sentinelle.proxy.cli.exit_codes import EXIT_FINDING
from sentinelle.proxy.policy.loader import load_policy
from sentinelle.proxy.policy.schema import PolicyError


def command_evaluate(args: argparse.Namespace) -> int:
    try:
        policy = load_policy(args.policy)
    except PolicyError as error:
        print(error.report(), file=sys.stderr)
        return EXIT_FINDING
    forwarded = [*args.corpus] + (["--json"] if args.json else [])
    return evaluate_main(forwarded, config=policy.classifiers)
