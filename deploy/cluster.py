"""A local cluster: N dashboard processes behind nginx, for a demonstration and for the tests.

    python -m deploy.cluster start [--replicas 2] [--port 8080] [--run-dir .run/cluster]
    python -m deploy.cluster stop  [--run-dir .run/cluster]

Every replica reads the same data directory ($ACCOUNTABILITY_DATA or data/) and never writes to it.
The run directory holds the generated nginx.conf, a pid file and a log per process.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from . import nginx

CHECKOUT = Path(__file__).resolve().parents[1]
RUN_DIR = CHECKOUT / ".run" / "cluster"
NGINX_CANDIDATES = ("nginx", "/usr/sbin/nginx")


class ClusterError(RuntimeError):
    pass


def nginx_binary() -> str | None:
    return next((found for name in NGINX_CANDIDATES if (found := shutil.which(name))), None)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass(frozen=True)
class Cluster:
    run_dir: Path
    proxy: str  # the balanced address, http://127.0.0.1:8080
    replicas: tuple[str, ...]  # each process's own address

    def replica_pids(self) -> list[int]:
        return [int(p.read_text()) for p in sorted(self.run_dir.glob("replica-*.pid"))]


def start(replicas: int = 2, port: int = 8080, run_dir: Path = RUN_DIR, data_dir: Path | None = None,
          replica_ports: list[int] | None = None, timeout: float = 90, proxy: bool = True) -> Cluster:
    """Start the replicas, wait until each is healthy, then start nginx in front of them.

    Without the proxy (one process measured alone), the cluster's address is the first replica's.
    """
    binary = nginx_binary()
    if binary is None and proxy:
        raise ClusterError("nginx is not installed: `apt-get install nginx`")
    run_dir = Path(run_dir).resolve()
    if list(run_dir.glob("*.pid")):
        raise ClusterError(f"a cluster is already running from {run_dir}: stop it first")
    (run_dir / "tmp").mkdir(parents=True, exist_ok=True)
    ports = replica_ports or [free_port() for _ in range(replicas)]
    env = dict(os.environ)
    if data_dir is not None:
        env["ACCOUNTABILITY_DATA"] = str(data_dir)
    try:
        for number, replica_port in enumerate(ports, 1):
            _start_replica(number, replica_port, run_dir, env)
        for replica_port in ports:
            _wait_healthy(f"http://127.0.0.1:{replica_port}/_stcore/health", run_dir, timeout)
        if not proxy:
            addresses = tuple(f"http://127.0.0.1:{p}" for p in ports)
            return Cluster(run_dir, addresses[0], addresses)
        config = run_dir / "nginx.conf"
        config.write_text(
            nginx.render([f"127.0.0.1:{p}" for p in ports], f"127.0.0.1:{port}", run_dir), encoding="utf-8"
        )
        _nginx(binary, run_dir, "-t", "-q")
        _nginx(binary, run_dir)
        _wait_healthy(f"http://127.0.0.1:{port}/_stcore/health", run_dir, timeout)
    except BaseException:
        stop(run_dir)
        raise
    return Cluster(run_dir, f"http://127.0.0.1:{port}", tuple(f"http://127.0.0.1:{p}" for p in ports))


def _start_replica(number: int, port: int, run_dir: Path, env: dict) -> None:
    command = [
        sys.executable, "-m", "streamlit", "run", "serve.py",
        "--server.port", str(port), "--server.address", "127.0.0.1",
    ]
    with open(run_dir / f"replica-{number}.log", "wb") as log:
        process = subprocess.Popen(command, cwd=CHECKOUT, env=env, stdout=log, stderr=subprocess.STDOUT,
                                   start_new_session=True)
    (run_dir / f"replica-{number}.pid").write_text(str(process.pid))


def _nginx(binary: str, run_dir: Path, *flags: str) -> None:
    done = subprocess.run([binary, "-p", str(run_dir), "-c", str(run_dir / "nginx.conf"), *flags],
                          capture_output=True, text=True)
    if done.returncode:
        raise ClusterError(f"nginx {' '.join(flags)} failed:\n{done.stderr}")


def _wait_healthy(url: str, run_dir: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    logs = "".join(f"\n--- {p.name}\n{p.read_text(errors='replace')[-1500:]}"
                   for p in sorted(run_dir.glob("*.log")))
    raise ClusterError(f"{url} did not answer within {timeout:.0f} s{logs}")


def stop(run_dir: Path = RUN_DIR, timeout: float = 10) -> int:
    """Stop nginx and every replica whose pid file is in run_dir; returns how many were running."""
    stopped = 0
    for pid_file in sorted(Path(run_dir).glob("*.pid")):
        try:
            pid = int(pid_file.read_text().strip())
            os.kill(pid, signal.SIGTERM)  # nginx: a fast shutdown; streamlit: a clean exit
            stopped += 1
            _wait_gone(pid, timeout)
        except (ValueError, ProcessLookupError):
            pass
        pid_file.unlink(missing_ok=True)
    return stopped


def _wait_gone(pid: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    os.kill(pid, signal.SIGKILL)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m deploy.cluster", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=("start", "stop"))
    parser.add_argument("--replicas", type=int, default=2, help="dashboard processes (default 2)")
    parser.add_argument("--port", type=int, default=8080, help="the proxy's port on 127.0.0.1 (default 8080)")
    parser.add_argument("--run-dir", type=Path, default=RUN_DIR, help="pid files, logs, nginx.conf")
    args = parser.parse_args(argv)
    if args.action == "stop":
        print(f"stopped {stop(args.run_dir)} process(es)")
        return 0
    try:
        cluster = start(args.replicas, args.port, args.run_dir)
    except ClusterError as error:
        print(error, file=sys.stderr)
        return 1
    print(f"{len(cluster.replicas)} replicas ({', '.join(cluster.replicas)}) behind {cluster.proxy}")
    print(f"logs and pid files in {cluster.run_dir}; stop with `make cluster-stop`")
    return 0


if __name__ == "__main__":
    sys.exit(main())
