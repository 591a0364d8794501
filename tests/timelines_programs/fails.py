"""Recorded by tests/test_timelines.py: exits with an error on line 6."""


def broken() -> None:
    # The recorder must name this file and this line.
    raise ValueError("on purpose")


broken()
