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
    ca_file: Path | None = None  # set when the cluster serves TLS (start_cluster(tls=True))

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
        if self.ca_file is not None:
            options += (f" -c ssl=on -c ssl_cert_file={self.data / 'server.crt'}"
                        f" -c ssl_key_file={self.data / 'server.key'}")
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
        if self.ca_file is not None:
            self.ca_file.unlink(missing_ok=True)


def make_certificates(directory: Path, owner: tuple[int, int] | None) -> Path:
    """A throwaway CA and a server certificate for localhost / 127.0.0.1 (key 0600, owned by the
    cluster's user); returns the CA certificate's path."""
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Sentinelle test CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(minutes=5))
          .not_valid_after(now + datetime.timedelta(days=1))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    server = (x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
              .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
              .not_valid_before(now - datetime.timedelta(minutes=5)).not_valid_after(now + datetime.timedelta(days=1))
              .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                          x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                             critical=False)
              .sign(ca_key, hashes.SHA256()))
    (directory / "server.crt").write_bytes(server.public_bytes(serialization.Encoding.PEM))
    key_path = directory / "server.key"
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    os.chmod(key_path, 0o600)
    if owner is not None:
        for name in ("server.crt", "server.key"):
            os.chown(directory / name, *owner)
    ca_file = directory.parent / f"{directory.name}-ca.crt"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    return ca_file


def start_cluster(*, tls: bool = False) -> Cluster:
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
    owner = (data.stat().st_uid, data.stat().st_gid) if as_user else None
    cluster = Cluster(data, free_port(), bindir, as_user, make_certificates(data, owner) if tls else None)
    cluster.start()
    cluster.create_database("sentinelle")
    return cluster
