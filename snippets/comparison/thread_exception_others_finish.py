"""An exception that escapes one thread ends that thread only."""

import threading

finished: list[str] = []
failures: list[str] = []


def record_failure(args: threading.ExceptHookArgs) -> None:
    # Called in the failing thread instead of printing a traceback to stderr.
    name = args.thread.name if args.thread else "?"  # documented as maybe None
    failures.append(f"{name}: {args.exc_type.__name__}")


def parse(name: str, text: str) -> None:
    finished.append(f"{name} -> {int(text)}")


if __name__ == "__main__":
    default_hook = threading.excepthook
    threading.excepthook = record_failure
    try:
        threads = [
            threading.Thread(target=parse, args=(name, text), name=name)
            for name, text in [("good-1", "10"), ("bad", "ten"), ("good-2", "20")]
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        threading.excepthook = default_hook  # leave the process as we found it

    print(sorted(finished))
    #> ['good-1 -> 10', 'good-2 -> 20']
    print(failures)
    #> ['bad: ValueError']
    # The main thread is still here, and nothing raised in it.
    print(threading.current_thread().name)
    #> MainThread
