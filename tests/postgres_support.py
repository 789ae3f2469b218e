"""A real, throwaway PostgreSQL cluster for the quarantine tests (Debian's ``postgresql`` package).

``initdb`` + ``pg_ctl`` from /usr/lib/postgresql/*/bin, in a private temporary directory, on a free
loopback port, trust authentication on loopback only (nothing else can reach it). initdb refuses to
run as root: as root the cluster runs as the ``postgres`` user (created by the Debian package), in a
directory it owns. A missing binary fails the test (never a skip, never a mock).
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import psycopg
from conftest import free_port


def _bindir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    assert found, "PostgreSQL server binaries missing: apt-get install postgresql (scripts/install --test)"
    return Path(found[-1]).parent


@dataclass
class Cluster:
    data: Path
    port: int
    bindir: Path
    as_user: tuple[str, ...]

    def dsn(self, database: str = "sentinelle") -> str:
        return f"host=127.0.0.1 port={self.port} dbname={database} user=postgres"

    def _ctl(self, *args: str) -> None:
        result = subprocess.run([*self.as_user, str(self.bindir / "pg_ctl"), "-D", str(self.data), *args],
                                capture_output=True, text=True, timeout=120, check=False)
        assert result.returncode == 0, result.stdout + result.stderr + self.server_log()

    def server_log(self) -> str:
        log = self.data / "server.log"
        return log.read_text(errors="replace") if log.exists() else ""

    def start(self) -> None:
        options = (f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.data} "
                   "-c fsync=off -c max_connections=50")
        self._ctl("-l", str(self.data / "server.log"), "-o", options, "-w", "-t", "60", "start")

    def stop(self) -> None:
        self._ctl("-m", "fast", "-w", "stop")

    def create_database(self, name: str) -> None:
        with psycopg.connect(self.dsn("postgres"), autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')

    def destroy(self) -> None:
        subprocess.run([*self.as_user, str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                        "stop"], capture_output=True, timeout=60, check=False)
        shutil.rmtree(self.data, ignore_errors=True)


def start_cluster() -> Cluster:
    bindir = _bindir()
    data = Path(tempfile.mkdtemp(prefix="sentinelle-pg-"))
    as_user: tuple[str, ...] = ()
    if os.geteuid() == 0:
        import pwd

        account = pwd.getpwnam("postgres")
        os.chown(data, account.pw_uid, account.pw_gid)
        as_user = ("runuser", "-u", "postgres", "--")
    result = subprocess.run([*as_user, str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
                             "-E", "UTF8", "--no-sync", "--no-instructions"],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    cluster = Cluster(data, free_port(), bindir, as_user)
    cluster.start()
    cluster.create_database("sentinelle")
    return cluster
