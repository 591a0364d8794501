# /// script
# dependencies = ["jupyter-client>=8,<9", "ipykernel>=7,<8"]
# ///
"""asyncio.run() in a notebook cell fails; top-level await works."""

from kernel import notebook

with notebook() as nb:
    # ipykernel runs every cell inside its own asyncio event loop.
    print(nb.run("import asyncio\nasyncio.get_running_loop()"), end="")
    #> <_UnixSelectorEventLoop running=True closed=False debug=False>
    print(nb.run("asyncio.run(asyncio.sleep(0, result='done'))"), end="")
    #> RuntimeError: asyncio.run() cannot be called from a running event loop
    # The fix in a notebook: await at the top level of the cell.
    print(nb.run("await asyncio.sleep(0, result='done')"), end="")
    #> 'done'
    # Code shared with scripts: run_sync() (sync_api.py, in this folder).
    nb.run("from sync_api import run_sync")
    print(nb.run("run_sync(asyncio.sleep(0, 'ok'))"), end="")
    #> 'ok'
