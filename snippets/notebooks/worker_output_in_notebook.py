# /// script
# dependencies = ["jupyter-client>=8,<9", "ipykernel>=7,<8"]
# ///
"""Where print() from a thread, a forked and a spawned process ends up."""

from kernel import notebook

with notebook() as nb:
    nb.run("import multiprocessing, threading")
    thread = nb.run(
        "t = threading.Thread(target=print, args=['from a thread'])\n"
        "t.start(); t.join()"
    )
    forked = nb.run(
        "p = multiprocessing.get_context('fork').Process(\n"
        "    target=print, args=['from a forked process'])\n"
        "p.start(); p.join()",
        expect="from a forked process",
    )
    spawned = nb.run(
        "p = multiprocessing.get_context('spawn').Process(\n"
        "    target=print, args=['from a spawned process'])\n"
        "p.start(); p.join()",
        expect="from a spawned process",
    )
    terminal = [line for line in nb.terminal().splitlines() if "from a" in line]

print("notebook:", [thread.strip(), forked.strip(), spawned.strip()])
#> notebook: ['from a thread', 'from a forked process', 'from a spawned process']
print("terminal:", terminal)
#> terminal: ['from a spawned process']
