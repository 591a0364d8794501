# /// script
# dependencies = ["anyio>=4.4,<5", "uvloop>=0.21,<1; sys_platform != 'win32'"]
# ///
"""The same asyncio program on the standard event loop and on uvloop's."""

import asyncio

import anyio
import uvloop


async def echo_once() -> str:
    async def handle(
        reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        writer.write(await reader.readline())
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    async with server:
        port = server.sockets[0].getsockname()[1]
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"ping\n")
        reply = await reader.readline()
        writer.close()
        await writer.wait_closed()
    loop = type(asyncio.get_running_loop())
    return f"{loop.__module__}.{loop.__qualname__}: {reply!r}"


if __name__ == "__main__":
    print(asyncio.run(echo_once()))
    #> asyncio.unix_events._UnixSelectorEventLoop: b'ping\n'
    print(uvloop.run(echo_once()))  # Python 3.11+: no policy, nothing global
    #> uvloop.Loop: b'ping\n'
    # The same with the standard runner: asyncio.Runner exists from 3.11.
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        print(runner.run(echo_once()))
        #> uvloop.Loop: b'ping\n'
    # AnyIO's asyncio backend takes the same choice as an option.
    print(anyio.run(echo_once, backend_options={"use_uvloop": True}))
    #> uvloop.Loop: b'ping\n'
