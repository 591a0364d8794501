"""Broken: a function defined inside another function sent to a process pool."""

import traceback
from concurrent.futures import ProcessPoolExecutor


def scale_all(values: list[int], factor: int) -> list[int]:
    def scale(value: int) -> int:  # local: pickle cannot name it
        return value * factor

    with ProcessPoolExecutor(max_workers=2) as pool:
        return list(pool.map(scale, values))


if __name__ == "__main__":
    try:
        scale_all([1, 2, 3], 10)
    except Exception as exc:
        # The last lines of the traceback, exactly as Python would print them
        print("".join(traceback.format_exception_only(exc)), end="")
        #> [3.11-3.12] AttributeError: Can't pickle local object 'scale_all.<locals>.scale'
        #> [3.13] AttributeError: Can't get local object 'scale_all.<locals>.scale'
        #> [3.14+] _pickle.PicklingError: Can't pickle local object <function scale_all.<locals>.scale at 0x7f28b2544e00>
        #> [3.14+] when serializing tuple item 0
        #> [3.14+] when serializing tuple item 1
        #> [3.14+] when serializing functools.partial reconstructor arguments
        #> [3.14+] when serializing functools.partial object
        #> [3.14+] when serializing dict item 'fn'
        #> [3.14+] when serializing concurrent.futures.process._CallItem state
        #> [3.14+] when serializing concurrent.futures.process._CallItem object
