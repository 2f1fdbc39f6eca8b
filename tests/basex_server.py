"""A throwaway BaseX server on loopback for the tests and bench/bench_publish.py: its own
home (configuration, databases, users) in a temporary folder, never the user's ~/basex;
a free port; the admin password set the BaseX 9 way (``ALTER PASSWORD`` run by the
standalone ``basex`` on that home before the server starts)."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

INSTALL = ("BaseX is not installed: the publishing tests need a real BaseX server; "
           "install the Debian package basex (apt-get install -y basex)")
USER = "admin"


@dataclass
class Server:
    process: subprocess.Popen
    home: Path
    port: int
    password: str

    def url(self, db: str, user: str = USER) -> str:
        return f"basex://{user}@127.0.0.1:{self.port}/{db}"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(home: Path, password: str = "akn-test-secret", limit: float = 180.0) -> Server:
    """Start a server with its home in ``home``; wait (up to ``limit`` seconds: the JVM is
    slow to start on a loaded machine) until it accepts connections. AssertionError with
    the reason when BaseX is missing or does not start."""
    if not shutil.which("basexserver") or not shutil.which("basex"):
        raise AssertionError(INSTALL)
    home.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "JAVA_ARGS": f"-Dorg.basex.path={home}/"}
    done = subprocess.run(["basex", "-c", f"ALTER PASSWORD {USER} {password}"], cwd=home,
                          env=env, capture_output=True, text=True, timeout=limit)
    if done.returncode != 0:
        raise AssertionError(f"basex could not set the admin password: {done.stderr.strip()}")
    port = free_port()
    log = open(home / "server.log", "wb")
    process = subprocess.Popen(["basexserver", "-p", str(port)], cwd=home, env=env,
                               stdout=log, stderr=subprocess.STDOUT)
    log.close()
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"basexserver stopped at once: "
                                 f"{(home / 'server.log').read_text(errors='replace')[-500:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return Server(process, home, port, password)
        except OSError:
            time.sleep(0.2)
    Server(process, home, port, password).stop()
    raise AssertionError(f"basexserver did not listen on port {port} within {limit:.0f} s")
