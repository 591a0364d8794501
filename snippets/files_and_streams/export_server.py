# /// script
# dependencies = ["aiohttp>=3.11,<4"]
# ///
"""The local aiohttp app that the streaming snippets download from.

/rows sends ROWS lines ("row 0", "row 1", ...), /blob sends BLOB_SIZE bytes;
both in pieces, as a server streams a large export. Run alone, it does
nothing; the snippets serve it with aiohttp's TestServer on 127.0.0.1.
"""

from aiohttp import web

ROWS = 10_000
BLOB_SIZE = 4 * 1024 * 1024
PIECE = bytes(range(256)) * 256  # 64 KiB


async def rows(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse()
    await response.prepare(request)
    for start in range(0, ROWS, 500):
        lines = "".join(f"row {n}\n" for n in range(start, start + 500))
        await response.write(lines.encode())  # waits while the client is behind
    await response.write_eof()
    return response


async def blob(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse()
    response.content_length = BLOB_SIZE
    await response.prepare(request)
    for _ in range(BLOB_SIZE // len(PIECE)):
        await response.write(PIECE)
    await response.write_eof()
    return response


def export_app() -> web.Application:
    app = web.Application()
    app.router.add_get("/rows", rows)
    app.router.add_get("/blob", blob)
    return app
