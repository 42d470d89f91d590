"""One `prism mock` process on 127.0.0.1, and how to read its verdicts (status, problem body, `sl-violations`).

Prism is started directly (`node_modules/.bin/prism`, not through npx: killing npx leaves Prism running), on a free
port, and stopped by its own process id. ../shared/notes/prism.md records how it behaves.
"""

from __future__ import annotations

import json
import re
import socket
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import httpx

STARTUP_TIMEOUT = 240.0  # GitHub's 13 MB spec needs 8 s alone and about 30 s on a busy machine
SEED = "clientgen"  # --seed: responses generated from schemas (Prefer: dynamic=true) repeat exactly


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Prism:
    """`prism mock -h 127.0.0.1 -p PORT SPEC`, restarted when it dies (one request can crash it, notes item 1)."""

    def __init__(self, binary: Path, spec: Path, log_path: Path) -> None:
        self.binary = binary
        self.spec = spec
        self.log_path = log_path
        self.process: subprocess.Popen[bytes] | None = None
        self.port = 0
        self.restarts = 0
        self.startup_seconds: list[float] = []
        self._launched = 0.0
        self._lock = threading.Lock()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.launch()
        self.wait_ready()

    def launch(self) -> None:
        """Start the process; `wait_ready` waits for its port (meanwhile the caller can do other work)."""
        self.port = free_port()
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.log_path, "ab") as log:
            log.write(f"\n=== prism mock -p {self.port} {self.spec}\n".encode())
            log.flush()
            self.process = subprocess.Popen(
                [str(self.binary), "mock", "-h", "127.0.0.1", "-p", str(self.port), "-v", "warn", "--seed", SEED]
                + [str(self.spec)],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        self._launched = time.monotonic()

    def wait_ready(self) -> None:
        for attempt in range(3):
            assert self.process is not None
            while time.monotonic() - self._launched < STARTUP_TIMEOUT:
                if self.process.poll() is not None:
                    break
                try:
                    with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                        self.startup_seconds.append(time.monotonic() - self._launched)
                        return
                except OSError:
                    time.sleep(0.1)
            else:
                self.stop()
                raise RuntimeError(
                    f"Prism did not listen on port {self.port} within {STARTUP_TIMEOUT:.0f} s for {self.spec.name}\n"
                    + self.log_tail()
                )
            if attempt < 2:  # it exited: the free port may have been taken between the check and Prism's bind
                self.launch()
        assert self.process is not None
        raise RuntimeError(
            f"Prism exited with {self.process.returncode} before listening ({self.spec.name})\n{self.log_tail()}"
        )

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def ensure_running(self) -> bool:
        """Restart Prism if it died. True when it had to be restarted."""
        with self._lock:
            if self.alive():
                return False
            self.restarts += 1
            self.start()
            return True

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()  # SIGTERM to this pid only
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


# ------------------------------------------------------------------------------------------------ verdicts


def sl_violations(headers: httpx.Headers | None) -> list[dict[str, Any]]:
    """The entries of Prism's `sl-violations` header. Past some number Prism prefixes it with "Too many
    violations!" and the JSON may be cut short: then only the locations are read."""
    raw = headers.get("sl-violations") if headers is not None else None
    if not raw:
        return []
    try:
        found = json.loads(raw)
    except ValueError:
        try:
            found = json.loads(raw[raw.index("[") :])
        except ValueError:
            found = [
                {"location": [where], "message": "(from a truncated sl-violations header)"}
                for where in re.findall(r'"location":\["(request|response)"', raw)
            ]
    return [v for v in found if isinstance(v, dict)] if isinstance(found, list) else []


def request_violations(headers: httpx.Headers | None) -> list[str]:
    """Prism's findings about the request (the `response` ones are about its own answer: notes item 7)."""
    return [describe(v) for v in sl_violations(headers) if (v.get("location") or [""])[0] == "request"]


def describe(v: dict[str, Any]) -> str:
    location = ".".join(str(x) for x in v.get("location") or [])
    return f"{location or '-'} [{v.get('code', '')}] {v.get('message', '')}"


def problem(status: int | None, headers: httpx.Headers | None, content: bytes) -> str:
    """Prism's own words for a refusal: the problem body (title, validation list or detail) and `sl-violations`."""
    parts = [str(status)]
    try:
        body = json.loads(content) if content else None
    except ValueError:
        body = None
    if isinstance(body, dict):
        if body.get("title"):
            parts.append(str(body["title"]))
        validation = body.get("validation")
        if isinstance(validation, list) and validation:
            parts.extend(describe(v) for v in validation if isinstance(v, dict))
        elif body.get("detail"):
            parts.append(str(body["detail"]))
    parts.extend("sl-violations: " + v for v in request_violations(headers))
    if len(parts) == 1 and content:
        parts.append(content[:300].decode("utf-8", "replace"))
    return "; ".join(parts)


def is_prism_problem(headers: httpx.Headers | None, content: bytes) -> bool:
    """A problem document Prism made itself (`https://stoplight.io/prism/errors#...`), not one from the spec."""
    media = (headers or httpx.Headers()).get("content-type", "")
    return "problem+json" in media and b"stoplight.io/prism/errors#" in content[:400]
