"""Fixed: run the work in a pool; future.result() raises the error in the caller."""

from concurrent.futures import ThreadPoolExecutor

results: list[int] = []


def parse(lines: list[str]) -> None:
    for line in lines:
        results.append(int(line))


if __name__ == "__main__":
    with ThreadPoolExecutor() as pool:
        future = pool.submit(parse, ["1", "2", "x"])
    try:
        future.result()
    except ValueError as exc:
        print(f"handled: {exc}")
        #> handled: invalid literal for int() with base 10: 'x'
    print(results)
    #> [1, 2]
