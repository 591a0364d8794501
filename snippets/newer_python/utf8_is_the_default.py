"""Python 3.15 reads and writes text as UTF-8 unless you say otherwise."""

import io
import subprocess
import sys


def child_utf8_mode(*options: str) -> str:
    # The child's stdout is a pipe: in UTF-8 mode it writes UTF-8 there too.
    child = subprocess.run(
        [sys.executable, *options, __file__, "--child"],
        capture_output=True,
        text=True,
        check=True,
    )
    return child.stdout.strip()


if __name__ == "__main__":
    if sys.argv[1:] == ["--child"]:
        print(sys.flags.utf8_mode)
    else:
        # 1 means UTF-8 mode: open(), pipes and file names all use UTF-8.
        # Shown for a UTF-8 locale such as C.UTF-8; under the plain C or
        # POSIX locale, 3.11 to 3.14 turn UTF-8 mode on as well.
        print("UTF-8 mode:", sys.flags.utf8_mode)
        #> [3.11-3.14] UTF-8 mode: 0
        #> [3.15+] UTF-8 mode: 1
        # What open(path) uses when you pass no encoding: "locale" means the
        # machine's setting, which is cp1252 on many Windows machines.
        print("open() without encoding:", io.text_encoding(None))
        #> [3.11-3.14] open() without encoding: locale
        #> [3.15+] open() without encoding: utf-8
        print("a child process:", child_utf8_mode())
        #> [3.11-3.14] a child process: 0
        #> [3.15+] a child process: 1
        # The way back to the locale's encoding, for one run (or PYTHONUTF8=0).
        print("a child run with -X utf8=0:", child_utf8_mode("-X", "utf8=0"))
        #> a child run with -X utf8=0: 0
