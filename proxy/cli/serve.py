"""``sentinelle serve``: run the SMTP proxy (one process, or a supervisor and its workers)."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import ssl
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sentinelle.proxy.observability import health as observability
from sentinelle.proxy.observability.multiprocess import multiprocess_directory
from sentinelle.proxy.policy.loader import parse_host_port, parse_next_hop
from sentinelle.proxy.policy.schema import HostPort
from sentinelle.proxy.smtp.listener import tls_context
from sentinelle.proxy.smtp.runtime import Overrides, Runtime, StartupError
from sentinelle.proxy.smtp.workers import check_port_free, listening_socket, run_worker, supervise

log = logging.getLogger(__name__)


def _error(message: str) -> int:
    print(f"sentinelle serve: {message}", file=sys.stderr)
    return 1


def command_serve(args: argparse.Namespace) -> int:
    """``sentinelle serve``: flags override the policy; start-up failures print a clear error and
    return 1 (usage errors 2)."""
    logging.basicConfig(level=getattr(logging, str(getattr(args, "log_level", "info")).upper(), logging.INFO),
                        format="%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    if str(getattr(args, "log_level", "info")) != "debug":
        # aiosmtpd logs every command line with its addresses at INFO: keep that for debugging.
        logging.getLogger("mail.log").setLevel(logging.WARNING)
    workers = 1 if args.workers is None else int(args.workers)  # 0 is a usage error, not "one"
    if workers < 1:
        print("sentinelle serve: --workers must be at least 1", file=sys.stderr)
        return 2
    try:
        listen_flag = parse_host_port(args.listen) if args.listen else None
        hop_flag = parse_next_hop(args.next_hop) if args.next_hop else None
        metrics_flag = getattr(args, "metrics", None)
    except ValueError as error:
        print(f"sentinelle serve: {error}", file=sys.stderr)
        return 2
    return _serve(args, workers, listen_flag, hop_flag, metrics_flag, multiprocess_directory())


def _serve(args: argparse.Namespace, workers: int, listen_flag: HostPort | None, hop_flag: Any,
           metrics_flag: str | None, metrics_dir: Path | None) -> int:
    overrides = Overrides(listen=listen_flag, next_hop=hop_flag,
                          keyring=Path(args.keyring) if getattr(args, "keyring", None) else None)
    try:
        runtime = Runtime(args.policy, overrides)
    except StartupError as error:
        observability.record_policy_reload(False)
        return _error(str(error))
    observability.record_policy_reload(True)
    policy = runtime.policy
    try:
        tls_context(policy.server.tls)
    except (OSError, ssl.SSLError) as error:
        return _error(f"server.tls: cannot load the certificate or key: {error}")
    listen = policy.server.listen
    try:
        if workers == 1:
            sockets = [listening_socket(listen, reuse_port=False)]
        else:
            check_port_free(listen)
            sockets = [listening_socket(listen, reuse_port=True) for _ in range(workers)]
    except OSError as error:
        return _error(f"cannot listen on {listen}: {error.strerror or error}")
    try:
        metrics_listen = observability.resolve_listen(metrics_flag, policy)
    except ValueError as error:
        print(f"sentinelle serve: --metrics: {error}", file=sys.stderr)
        return 2
    probe = observability.NextHopProbe(timeout=2.0, ttl=5.0)
    listener = None
    if metrics_listen is not None:
        checks: dict[str, Callable[[], bool]] = {
            "policy": lambda: runtime.policy is not None,
            # Each process marks itself ready once listening and not ready from the moment it starts
            # draining (SIGTERM), so a load balancer stops sending: one process or N.
            "model": observability.workers_ready(workers),
            "next_hop": lambda: probe(runtime.policy.server.next_hop),
        }
        listener = observability.ObservabilityServer(metrics_listen, checks=checks, multiprocess_dir=metrics_dir)
        if workers == 1:
            try:
                listener.start()
            except OSError as error:
                return _error(f"cannot listen on {metrics_listen} for metrics: {error.strerror or error}")
    try:
        if workers == 1:
            return run_worker(runtime, sockets[0], bool(getattr(args, "lmtp", False)))

        started_ok: list[bool] = []

        def start_listener() -> None:
            # After the forks: the listener's thread must not exist when a worker is forked at start-up.
            if listener is not None:
                try:
                    listener.start()
                    started_ok.append(True)
                except OSError as error:
                    _error(f"cannot listen on {metrics_listen} for metrics: {error.strerror or error}")
                    os.kill(os.getpid(), signal.SIGTERM)

        return supervise(runtime, sockets, bool(getattr(args, "lmtp", False)), start_listener)
    finally:
        if listener is not None:
            listener.stop()
        for sock in sockets:
            sock.close()
