"""Two threads import parts of one package: a deadlock error before 3.15."""

import importlib.machinery
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any


def waits_for_import_lock(thread: threading.Thread, module: str) -> bool:
    frame = sys._current_frames().get(thread.ident or 0)
    while frame is not None:
        lock: Any = frame.f_locals.get("self")  # the module lock being taken
        if frame.f_code.co_name == "acquire" and getattr(lock, "name", "") == module:
            return bool(lock.waiters)  # private detail: set once it really waits
        frame = frame.f_back
    return False


class HoldsTheLock(importlib.machinery.SourceFileLoader):
    """Loads shop.sub, but first waits, holding shop.sub's import lock, until
    the other thread waits for that lock: the rare unlucky timing, always."""

    other: threading.Thread

    def create_module(self, spec):
        while not waits_for_import_lock(self.other, "shop.sub"):
            time.sleep(0.01)
        return super().create_module(spec)


class UnluckyFinder(importlib.machinery.PathFinder):
    @classmethod
    def find_spec(cls, name, path=None, target=None):
        spec = super().find_spec(name, path, target)
        if spec and name == "shop.sub" and threading.current_thread().name == "sub":
            spec.loader = HoldsTheLock(name, str(spec.origin))
        return spec


def import_in_thread(module: str, results: dict[str, str]) -> None:
    try:
        __import__(module)
        results[module] = "imported"
    except RuntimeError as error:  # the import system's _DeadlockError
        results[module] = type(error).__name__


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "shop", "sub").mkdir(parents=True)
        Path(folder, "shop", "__init__.py").write_text("")
        Path(folder, "shop", "sub", "__init__.py").write_text("from . import mod\n")
        Path(folder, "shop", "sub", "mod.py").write_text("PRICE = 3\n")
        sys.path.insert(0, folder)
        sys.meta_path.insert(0, UnluckyFinder)
        try:
            results: dict[str, str] = {}
            sub = threading.Thread(
                target=import_in_thread, args=("shop.sub", results), name="sub"
            )
            HoldsTheLock.other = threading.Thread(
                target=import_in_thread, args=("shop.sub.mod", results)
            )
            for thread in (sub, HoldsTheLock.other):
                thread.start()
            for thread in (sub, HoldsTheLock.other):
                thread.join()
            for module, outcome in sorted(results.items()):
                print(f"import {module}: {outcome}")
                #> [3.11-3.14] import shop.sub: _DeadlockError
                #> [3.15+] import shop.sub: imported
                #> import shop.sub.mod: imported
        finally:
            sys.meta_path.remove(UnluckyFinder)
            sys.path.remove(folder)
            for name in [name for name in sys.modules if name.startswith("shop")]:
                del sys.modules[name]
