"""A small client for headless Chromium over its DevTools protocol (a websocket on the
loopback), for tests and screenshots of the review pages: load a file:// page,
evaluate JavaScript, click at a point, press a key, take a screenshot.

Uses the system's browser (Debian ``chromium``; ``CHROMIUM`` names another) and the
``websocket-client`` package; nothing is downloaded.
"""
from __future__ import annotations

import base64
import itertools
import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"


class BrowserError(Exception):
    pass


class Browser:
    """One headless Chromium and one page (tab) in it."""

    def __init__(self, width: int = 1400, height: int = 900, timeout: float = 30):
        import websocket
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="akn-chromium-")
        args = [CHROMIUM, "--headless=new", "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0", f"--user-data-dir={self.profile}",
                "--no-first-run", "--no-default-browser-check", "--disable-gpu",
                "--disable-extensions", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--mute-audio",
                f"--window-size={width},{height}", "about:blank"]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            args.insert(1, "--no-sandbox")        # Chromium refuses to run as root otherwise
        self.process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = Path(self.profile) / "DevToolsActivePort"
        deadline = time.monotonic() + timeout
        while not (port_file.exists() and len(port_file.read_text().splitlines()) >= 2):
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.close()
                raise BrowserError(f"{CHROMIUM} did not start (exit {self.process.returncode})")
            time.sleep(0.05)
        port, path = port_file.read_text().splitlines()[:2]
        self.ws = websocket.create_connection(f"ws://127.0.0.1:{port}{path}", timeout=timeout,
                                              suppress_origin=True)
        self.ids = itertools.count(1)
        self.events: list[dict] = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Page", "Runtime"):
            self.send(f"{domain}.enable")
        self.send("Emulation.setDeviceMetricsOverride", width=width, height=height,
                  deviceScaleFactor=1, mobile=False)

    # -- protocol --------------------------------------------------------------------
    def call(self, method: str, session: str | None = None, **params) -> dict:
        """Send a command and wait for its answer (events meanwhile are kept)."""
        number = next(self.ids)
        message = {"id": number, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        self.ws.send(json.dumps(message))
        while True:
            reply = json.loads(self.ws.recv())
            if reply.get("id") == number:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error'].get('message')}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def send(self, method: str, **params) -> dict:
        """A command to the page."""
        return self.call(method, self.session, **params)

    def wait_event(self, method: str, timeout: float | None = None) -> dict:
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            for k, event in enumerate(self.events):
                if event["method"] == method and event.get("sessionId") == self.session:
                    return self.events.pop(k)
            if time.monotonic() > deadline:
                raise BrowserError(f"no {method} within the time allowed")
            self.ws.settimeout(max(0.05, deadline - time.monotonic()))
            reply = json.loads(self.ws.recv())
            self.ws.settimeout(self.timeout)
            if "method" in reply:
                self.events.append(reply)

    # -- what a test does --------------------------------------------------------------
    def open(self, path: Path) -> None:
        """Load a local file and wait until it has loaded and its script has run."""
        self.events.clear()
        self.send("Page.navigate", url=Path(path).resolve().as_uri())
        self.wait_event("Page.loadEventFired")
        deadline = time.monotonic() + self.timeout
        while not self.js("document.body && document.body.dataset.ready === '1'"):
            if time.monotonic() > deadline:
                raise BrowserError(f"{path}: its script did not finish")
            time.sleep(0.05)

    def js(self, expression: str):
        """The value of a JavaScript expression (JSON-serialisable)."""
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True,
                           awaitPromise=True)
        if "exceptionDetails" in result:
            detail = result["exceptionDetails"]
            raise BrowserError(f"{expression[:80]}: "
                               f"{detail.get('exception', {}).get('description') or detail.get('text')}")
        return result["result"].get("value")

    def click(self, x: float, y: float) -> None:
        """A real mouse click at (x, y) in the viewport's CSS pixels."""
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left",
                      clickCount=0 if kind == "mouseMoved" else 1)

    def press(self, key: str, shift: bool = False) -> None:
        """A key pressed and released ("n", "d", "Escape")."""
        text = key if len(key) == 1 else ""
        code = f"Key{key.upper()}" if len(key) == 1 and key.isalpha() else key
        for kind in ("keyDown", "keyUp"):
            self.send("Input.dispatchKeyEvent", type=kind, key=key, code=code,
                      text=text if kind == "keyDown" else "", modifiers=8 if shift else 0)

    def screenshot(self, path: Path, width: int | None = None, height: int | None = None) -> None:
        """The viewport as a PNG (resized first when a size is given)."""
        if width and height:
            self.send("Emulation.setDeviceMetricsOverride", width=width, height=height,
                      deviceScaleFactor=1, mobile=False)
        data = self.send("Page.captureScreenshot", format="png")["data"]
        Path(path).write_bytes(base64.b64decode(data))

    def close(self) -> None:
        try:
            if getattr(self, "ws", None) is not None:
                try:
                    self.call("Browser.close")
                except Exception:
                    pass
                self.ws.close()
        finally:
            if self.process.poll() is None:
                self.process.terminate()
                try:
                    self.process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait()
            shutil.rmtree(self.profile, ignore_errors=True)
