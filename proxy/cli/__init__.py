"""The ``sentinelle`` command line.

Sub-commands, flags and exit codes are contracts that administrators' scripts rely on. One table of
exit codes (``EXIT_CODES``) holds for every command; the README prints it and so does every
``--help``.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from sentinelle.proxy import __version__
from sentinelle.proxy.cli.exit_codes import EXIT_CODES, EXIT_FINDING, EXIT_OK, EXIT_USAGE
from sentinelle.proxy.cli.index import add_index_parser
from sentinelle.proxy.observability.multiprocess import prepare_multiprocess, remove_multiprocess_directory

__all__ = ["EXIT_CODES", "EXIT_FINDING", "EXIT_OK", "EXIT_USAGE", "build_parser", "main"]



def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sentinelle",
        description="Outbound-email DLP SMTP proxy for health care.",
        epilog="Policy search order: --policy PATH, ./policy.toml, /etc/sentinelle/policy.toml, "
        "then the embedded default.\n\n" + EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"sentinelle {__version__}")
    commands = _Subcommands(parser.add_subparsers(dest="command", metavar="COMMAND"))
    commands.required = True

    serve = commands.add_parser("serve", help="run the SMTP proxy")
    serve.add_argument("--policy", metavar="PATH", help="policy file")
    serve.add_argument("--listen", metavar="HOST:PORT", help="listening address (default 127.0.0.1:10025)")
    serve.add_argument("--next-hop", metavar="HOST:PORT|maildir:DIR",
                       help="where accepted mail goes (default 127.0.0.1:10026)")
    serve.add_argument("--workers", metavar="N", type=int, default=1,
                       help="processes sharing the listening port (default 1)")
    serve.add_argument("--keyring", metavar="DIR", help="GnuPG home with recipients' public keys")
    serve.add_argument("--metrics", metavar="HOST:PORT",
                       help="Prometheus /metrics, /healthz, /readyz listener (default 127.0.0.1:9108)")
    serve.add_argument("--lmtp", action="store_true",
                       help="speak LMTP (one reply per recipient after DATA) instead of SMTP")
    serve.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"])

    check = commands.add_parser("check", help="inspect .eml files and show the decisions, without SMTP")
    check.add_argument("paths", metavar="PATH", nargs="+", help=".eml files or directories of them")
    check.add_argument("--policy", metavar="PATH", help="policy file")
    check.add_argument("--keyring", metavar="DIR", help="GnuPG home with recipients' public keys")
    check.add_argument("--mail-from", metavar="ADDR", help="envelope sender (default Return-Path, else From)")
    check.add_argument("--rcpt", metavar="ADDR", action="append", default=[],
                       help="envelope recipient, repeatable (default To/Cc/Bcc)")
    check.add_argument("--json", action="store_true", help="one JSON object per message per line")

    policy = commands.add_parser("policy", help="validate or show a policy")
    policy_commands = _Subcommands(policy.add_subparsers(dest="policy_command", metavar="ACTION"))
    policy_commands.required = True
    policy_check = policy_commands.add_parser("check", help="validate a policy file; exit 1 on error")
    policy_check.add_argument("path", metavar="PATH", nargs="?", help="policy file (default: search order)")
    policy_check.add_argument("--against", metavar="RUNNING",
                              help="the policy file in force: refuse, as a reload (SIGHUP) would, a PATH that "
                              "lost one of its top-level sections (a truncated copy)")
    policy_show = policy_commands.add_parser("show", help="print the effective policy summary")
    policy_show.add_argument("path", metavar="PATH", nargs="?", help="policy file (default: search order)")

    keys = commands.add_parser("keys", help="manage the gateway's recipient public keys")
    keys.add_argument("--policy", metavar="PATH", help="policy file (for encryption.keyring)")
    keys.add_argument("--keyring", metavar="DIR", help="GnuPG home (overrides encryption.keyring)")
    keys_commands = _Subcommands(keys.add_subparsers(dest="keys_command", metavar="ACTION"))
    keys_commands.required = True
    keys_import = keys_commands.add_parser("import", help="import public keys from a file")
    keys_import.add_argument("file", metavar="FILE")
    keys_list = keys_commands.add_parser("list", help="list keys: fingerprint, addresses, expiry")
    keys_remove = keys_commands.add_parser("remove", help="remove a key by fingerprint")
    keys_remove.add_argument("fingerprint", metavar="FINGERPRINT")
    for sub in (keys_import, keys_list, keys_remove):
        sub.add_argument("--policy", metavar="PATH", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        sub.add_argument("--keyring", metavar="DIR", default=argparse.SUPPRESS, help=argparse.SUPPRESS)

    dkim = commands.add_parser("dkim", help="DKIM key management")
    dkim_commands = _Subcommands(dkim.add_subparsers(dest="dkim_command", metavar="ACTION"))
    dkim_commands.required = True
    keygen = dkim_commands.add_parser("keygen", help="write a key pair and print the DNS TXT record")
    keygen.add_argument("--policy", metavar="PATH", help="policy file (for dkim.domain and dkim.selector)")
    keygen.add_argument("--algorithm", choices=["rsa", "ed25519"], default="rsa")
    keygen.add_argument("--bits", type=int, default=2048, help="RSA key size (default 2048)")
    keygen.add_argument("--selector", help="selector (default dkim.selector)")
    keygen.add_argument("--domain", help="signing domain (default dkim.domain)")
    keygen.add_argument("--out", metavar="PATH", help="private key path (default dkim.private_key)")

    evaluate = commands.add_parser("evaluate", help="precision and recall on a labeled corpus")
    evaluate.add_argument("corpus", metavar="CORPUS_DIR", nargs="+",
                          help="one or more labeled corpora, each reported on its own")
    evaluate.add_argument("--policy", metavar="PATH", help="policy file (classifier settings)")
    evaluate.add_argument("--json", action="store_true")

    from sentinelle.proxy.cli.quarantine import add_parser as add_quarantine_parser

    add_quarantine_parser(commands)
    add_index_parser(commands)
    _print_exit_codes_everywhere(parser)
    return parser


def _print_exit_codes_everywhere(parser: argparse.ArgumentParser) -> None:
    """Every sub-command's ``--help`` ends with the one exit-code table, nested ones included
    (``quarantine list``, ``index build``), whichever module registered them."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                if child.epilog is None:
                    child.epilog = EXIT_CODES
                    child.formatter_class = argparse.RawDescriptionHelpFormatter
                _print_exit_codes_everywhere(child)


class _Subcommands:
    """``add_subparsers()`` whose every parser prints the exit-code table in its ``--help``."""

    def __init__(self, action: Any) -> None:
        self._action = action

    @property
    def required(self) -> bool:
        return bool(self._action.required)

    @required.setter
    def required(self, value: bool) -> None:
        self._action.required = value

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = self._action.add_parser(
            name, epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter, **kwargs)
        return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    if args.command == "policy":
        from sentinelle.proxy.cli.policy import command_policy

        return command_policy(args)
    if args.command == "serve":
        return _serve(args)
    if args.command == "check":
        from sentinelle.proxy.cli.check import command_check

        return command_check(args)
    if args.command == "keys":
        from sentinelle.proxy.cli.keys import command_keys

        return command_keys(args)
    if args.command == "dkim":
        from sentinelle.proxy.cli.dkim import command_keygen

        return command_keygen(args)
    if args.command == "quarantine":
        from sentinelle.proxy.cli.quarantine import command_quarantine

        return command_quarantine(args)
    if args.command == "index":
        from sentinelle.proxy.cli.index import command_index

        return command_index(args)
    if args.command == "evaluate":
        from sentinelle.proxy.cli.evaluate import command_evaluate

        return command_evaluate(args)
    parser.error(f"unknown command {args.command}")
    return EXIT_USAGE



def _serve(args: argparse.Namespace) -> int:
    """``serve``, with Prometheus multiprocess mode set up first when there are several workers:
    prometheus-client chooses where its values live when it is first imported, and the serve command
    imports it (with everything else) at the top of its modules."""
    workers = 1 if args.workers is None else int(args.workers)
    metrics_dir = prepare_multiprocess(None) if workers > 1 else None
    try:
        from sentinelle.proxy.cli.serve import command_serve

        return command_serve(args)
    finally:
        if metrics_dir is not None:
            remove_multiprocess_directory(metrics_dir)
