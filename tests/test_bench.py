"""The benchmarks print the machine they ran on before any figure (they are never run
here: tests time nothing)."""
import ast
import importlib.util
import os

from conftest import ROOT


def load_machine():
    spec = importlib.util.spec_from_file_location("machine", ROOT / "bench" / "machine.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_machine_line_names_cores_and_cpu():
    machine = load_machine()
    line = machine.describe()
    assert line.startswith(f"machine: {len(os.sched_getaffinity(0))} cores (of {os.cpu_count()}), ")
    assert machine.cpu_name() in line and machine.cpu_name() != "unknown CPU"


def test_every_benchmark_prints_the_machine_before_its_figures():
    for script in sorted((ROOT / "bench").glob("bench_*.py")):
        main = next(node for node in ast.parse(script.read_text()).body
                    if isinstance(node, ast.FunctionDef) and node.name == "main")
        first = main.body[0]
        assert isinstance(first, ast.Expr) and ast.unparse(first) == "print_machine()", script
