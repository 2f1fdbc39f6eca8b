"""The machine a benchmark ran on, printed with every figure: timings mean little
without it (a 2-core laptop is not a 16-core server)."""
from __future__ import annotations

import os
import platform


def cpu_name() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown CPU"


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def describe() -> str:
    """ "machine: 2 cores (of 2), Intel(R) Xeon(R) …, load 1.9, Python 3.11.7, Linux" """
    load = f", load {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
    return (f"machine: {usable_cores()} cores (of {os.cpu_count()}), {cpu_name()}{load}, "
            f"Python {platform.python_version()}, {platform.system()}")


def print_machine() -> None:
    print(describe(), flush=True)
