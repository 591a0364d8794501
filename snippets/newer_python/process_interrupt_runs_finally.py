# /// script
# requires-python = ">=3.14"
# ///
"""Process.interrupt() lets the child clean up; terminate() does not."""

import multiprocessing
import time
from multiprocessing.connection import Connection


def worker(report: Connection) -> None:
    try:
        report.send("started")
        time.sleep(60)  # stands in for long work
    except KeyboardInterrupt:
        report.send("interrupted")  # interrupt() arrives as KeyboardInterrupt
    finally:
        report.send("cleaned up")


def stop_with(how: str) -> tuple[int | None, list[str]]:
    context = multiprocessing.get_context()
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=worker, args=(send,))
    child.start()
    said = [receive.recv()]  # wait until the child is inside its try block
    getattr(child, how)()  # child.interrupt() or child.terminate()
    child.join()
    while receive.poll():
        said.append(receive.recv())
    return child.exitcode, said


if __name__ == "__main__":
    for how in ("terminate", "interrupt"):
        exitcode, said = stop_with(how)
        print(f"{how}(): exit code {exitcode}, child said {said}")
        #> terminate(): exit code -15, child said ['started']
        #> interrupt(): exit code 0, child said ['started', 'interrupted', 'cleaned up']
