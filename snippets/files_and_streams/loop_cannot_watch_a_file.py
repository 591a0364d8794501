"""The event loop can wait on a pipe, but it has no way to wait on a file."""

import asyncio
import os
import select
import tempfile


async def main() -> None:
    loop = asyncio.get_running_loop()
    read_end, write_end = os.pipe()
    # A pipe (like a socket) can be watched: the loop sleeps until it has data.
    loop.add_reader(read_end, print, "pipe is readable")
    loop.remove_reader(read_end)
    print("pipe: the loop can watch it")
    #> pipe: the loop can watch it
    os.close(read_end)
    os.close(write_end)

    with tempfile.TemporaryFile() as file:
        # epoll (Linux) refuses regular files outright ...
        try:
            loop.add_reader(file.fileno(), print, "file is readable")
        except PermissionError as exc:
            print("file: the loop refuses it:", exc.strerror)
            #> file: the loop refuses it: Operation not permitted
        # ... and select() calls a file "ready" at once, even before the disk
        # has delivered a byte: readiness means nothing for files.
        readable, _, _ = select.select([file], [], [], 0)
        print("file: select() says ready:", readable == [file])
        #> file: select() says ready: True


if __name__ == "__main__":
    asyncio.run(main())
